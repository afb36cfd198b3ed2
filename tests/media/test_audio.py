"""Audio: meters that read true, a mixer with gain and mute, inputs that never hold the show."""

from __future__ import annotations

import time
from pathlib import Path

import av
import numpy as np
import pytest

from media.audio.buffer import AudioBuffer
from media.audio.chunk import SAMPLE_RATE, AudioChunk
from media.audio.file_source import AudioFileSource
from media.audio.levels import FLOOR_DBFS, measure
from media.audio.mixer import Mixer
from media.audio.tone import sine
from media.source import SourceError


def test_a_full_scale_sine_peaks_at_0_dbfs_with_rms_about_minus_3():
    levels = measure(sine(1000, 0, SAMPLE_RATE, 1.0))
    assert levels.peak_dbfs == pytest.approx(0.0, abs=0.01)
    assert levels.rms_dbfs == pytest.approx(-3.01, abs=0.05)
    assert measure(np.zeros((100, 2), np.float32)).peak_dbfs == FLOOR_DBFS


def test_gain_and_mute_per_input():
    mixer = Mixer(AudioBuffer())
    voice, music = mixer.add_input("voice"), mixer.add_input("music", gain_db=-6.0)
    voice.put(AudioChunk(sine(440, 0, 4800, 0.5), 0.0))
    music.put(AudioChunk(sine(440, 0, 4800, 0.5), 0.0))
    mixed = mixer.mix(4800)
    assert measure(mixed).peak_dbfs == pytest.approx(20 * np.log10(0.5 + 0.5 * 10 ** (-6 / 20)), abs=0.05)
    assert mixer.inputs["music"].levels.peak_dbfs == pytest.approx(-6.02, abs=0.05)  # meters read the input itself
    mixer.set_muted("voice", True)
    voice.put(AudioChunk(sine(440, 4800, 4800, 0.5), 0.1))
    music.put(AudioChunk(sine(440, 4800, 4800, 0.5), 0.1))
    assert measure(mixer.mix(4800)).peak_dbfs == pytest.approx(-12.04, abs=0.05)


def test_a_stalled_input_is_silence_and_does_not_hold_the_others():
    mixer = Mixer(AudioBuffer())
    live, stalled = mixer.add_input("live"), mixer.add_input("stalled")
    live.put(AudioChunk(sine(440, 0, 960, 0.5), 0.0))
    mixed = mixer.mix(960)
    assert len(mixed) == 960 and measure(mixed).peak_dbfs == pytest.approx(-6.02, abs=0.05)
    assert mixer.inputs["stalled"].levels.peak_dbfs == FLOOR_DBFS
    del stalled


def test_the_mixer_produces_audio_in_real_time():
    output = AudioBuffer()
    mixer = Mixer(output)
    mixer.add_input("tone").put(AudioChunk(sine(440, 0, SAMPLE_RATE, 0.5), 0.0))
    mixer.start()
    time.sleep(0.5)
    mixer.stop()
    produced = len(output.take_all())
    assert 0.35 * SAMPLE_RATE < produced < 0.7 * SAMPLE_RATE


def write_tone_file(path: Path, seconds: float) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("pcm_s16le", rate=44100, layout="mono")
        samples = (sine(440, 0, int(44100 * seconds), 0.5)[:, :1].T * 32767).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = 44100
        container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def test_an_audio_file_loops_resampled_to_48k_stereo(tmp_path):
    buffer = AudioBuffer()
    source = AudioFileSource(write_tone_file(tmp_path / "jingle.wav", 0.2), buffer)
    source.start()
    time.sleep(0.6)
    source.stop()
    samples = buffer.take_all()
    assert samples.shape[1] == 2 and len(samples) > 0.5 * SAMPLE_RATE  # looped past the 0.2 s file
    assert measure(samples).peak_dbfs == pytest.approx(-6.02, abs=0.5)


def test_a_file_without_sound_is_named(tmp_path):
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(SourceError, match="notes.txt: not a sound file"):
        AudioFileSource(tmp_path / "notes.txt", AudioBuffer())


def test_a_capture_device_delivers_48k_stereo_into_the_mixer_input():
    from media.audio.microphone import MicrophoneSource

    buffer = AudioBuffer()
    microphone = MicrophoneSource(buffer, device="null")  # ALSA's null capture device: real, if not a microphone
    microphone.start()
    time.sleep(0.3)
    microphone.stop()
    samples = buffer.take_all()
    assert samples.ndim == 2 and samples.shape[1] == 2 and len(samples) > 0
    assert samples.dtype == np.float32 and np.isfinite(samples).all() and np.abs(samples).max() <= 1.0


def test_a_missing_microphone_is_named():
    from media.audio.microphone import MicrophoneSource

    with pytest.raises(SourceError, match="mic:no-such-card: no such microphone"):
        MicrophoneSource(AudioBuffer(), device="no-such-card")
