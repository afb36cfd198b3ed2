"""A microphone or other input through FFmpeg's capture devices in PyAV, with no extra system
package: ALSA on Linux, DirectShow on Windows, AVFoundation on macOS. Resampled to 48 kHz
stereo float into an AudioBuffer (a mixer input)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import av
import numpy as np

from media.audio.buffer import AudioBuffer
from media.audio.chunk import SAMPLE_RATE, AudioChunk
from media.clock import now
from media.source import SourceError
from media.worker import Worker

log = logging.getLogger(__name__)

SYSTEM_ALSA_CONFIG = Path("/usr/share/alsa/alsa.conf")


def capture_format() -> tuple[str, str]:
    """(FFmpeg input format, default device) for this platform."""
    if sys.platform.startswith("win"):
        return "dshow", "audio=default"
    if sys.platform == "darwin":
        return "avfoundation", ":0"
    # PyAV's wheels carry their own libasound, which looks for its configuration where it
    # was built; the system's configuration names the devices this machine has.
    if "ALSA_CONFIG_PATH" not in os.environ and SYSTEM_ALSA_CONFIG.is_file():
        os.environ["ALSA_CONFIG_PATH"] = str(SYSTEM_ALSA_CONFIG)
    return "alsa", "default"


def open_device(device: str | None) -> av.container.InputContainer:
    kind, default = capture_format()
    name = device or default
    try:
        return av.open(name, format=kind, options={"sample_rate": str(SAMPLE_RATE), "channels": "2"})
    except (av.error.FFmpegError, OSError) as error:
        raise SourceError(f"mic:{name}: no such microphone, or it cannot be opened ({error})") from error


class MicrophoneSource(Worker):
    thread_name = "microphone"

    def __init__(self, buffer: AudioBuffer, device: str | None = None) -> None:
        open_device(device).close()  # fail now with a clear message, not later on the thread
        super().__init__()
        self.buffer, self.device = buffer, device

    def _run(self) -> None:
        resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
        with open_device(self.device) as container:
            for frame in container.decode(audio=0):
                if self._should_stop():
                    break
                for converted in resampler.resample(frame):
                    self.buffer.put(AudioChunk(np.ascontiguousarray(converted.to_ndarray().reshape(-1, 2)), now()))
