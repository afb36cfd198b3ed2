"""`vitrina run` opens with the store's Video settings unless its options say otherwise: a real
process, a real recording, the size and rate read back from the file."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import av


def vitrina(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)


def recorded(path: Path) -> tuple[int, int, Fraction, int]:
    """The recording's width, height, frame rate and number of audio streams."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        return video.codec_context.width, video.codec_context.height, video.guessed_rate, len(container.streams.audio)


def test_the_stored_canvas_and_rate_are_the_defaults_and_options_override_them(tmp_path):
    for name, value in (("canvas", "240x320"), ("frame_rate", "15"), ("bitrate", "400"), ("audio_input", "none")):
        assert vitrina(tmp_path, "settings", name, value).returncode == 0
    done = vitrina(tmp_path, "run", "--record", str(tmp_path / "stored.mkv"), "--duration", "2")
    assert done.returncode == 0, done.stderr
    assert recorded(tmp_path / "stored.mkv") == (240, 320, Fraction(15), 0)
    done = vitrina(tmp_path, "run", "--size", "320x240", "--fps", "25", "--audio", "tone", "--record", str(tmp_path / "given.mkv"),
                   "--duration", "2")
    assert done.returncode == 0, done.stderr
    assert recorded(tmp_path / "given.mkv") == (320, 240, Fraction(25), 1)
