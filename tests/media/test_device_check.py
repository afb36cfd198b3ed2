"""How loud a microphone was: the swing from the signal's middle, so a stuck value is silence."""

from __future__ import annotations

import numpy as np

from media.device_check import check_camera, check_microphone, loudest


def test_a_stuck_value_is_silence_and_a_tone_is_its_amplitude():
    stuck = np.full((24000, 2), -0.4, np.float32)
    assert loudest(stuck) < 1e-5
    time = np.arange(24000) / 48000
    tone = np.stack([0.5 * np.sin(2 * np.pi * 440 * time)] * 2, axis=1).astype(np.float32) + 0.2
    assert abs(loudest(tone) - 0.5) < 0.01
    assert loudest(np.zeros((0, 2), np.float32)) == 0.0


def test_what_needs_no_device_passes_and_a_missing_device_is_named():
    assert check_camera("testpattern").ok and check_microphone("tone").ok
    missing = check_camera("camera:/dev/video98")
    assert (missing.ok, missing.text) == (False, "no camera at /dev/video98")
    assert not check_microphone("mic:hw:98").ok
