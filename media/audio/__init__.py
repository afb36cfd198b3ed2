"""Audio: inputs, a test tone, the mixer and its level meters. 48 kHz stereo throughout."""
