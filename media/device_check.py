"""The camera and microphone check: one picture from the camera, half a second from the
microphone with its loudest moment. Blocking (a device takes a moment to open): off the GUI thread."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import av
import cv2
import numpy as np

from media.audio.chunk import SAMPLE_RATE
from media.audio.microphone import open_device
from media.source import SourceError
from media.sources.camera import no_camera_at, quiet_opencv_log

log = logging.getLogger(__name__)

LISTEN_SECONDS = 0.5


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    text: str


def check_camera(spec: str) -> CheckResult:
    """`camera:N` or `camera:/dev/videoN`: opened, and one picture read."""
    if not spec.startswith("camera:"):
        return CheckResult(True, "the test pattern needs no camera")
    name = spec.removeprefix("camera:")
    device: int | str = int(name) if name.isdigit() else name
    quiet_opencv_log()
    capture = cv2.VideoCapture(device)
    try:
        if not capture.isOpened():
            return CheckResult(False, no_camera_at(device))
        ok, image = capture.read()
        if not ok or image is None:
            return CheckResult(False, f"{spec}: opened, but no picture came (is another program using it?)")
        height, width = image.shape[:2]
        return CheckResult(True, f"a {width}x{height} picture came")
    finally:
        capture.release()


def check_microphone(spec: str, seconds: float = LISTEN_SECONDS) -> CheckResult:
    """`mic` or `mic:DEVICE`: opened, listened to for `seconds`, and how loud it was."""
    if not spec.startswith("mic"):
        return CheckResult(True, "no microphone to check")
    device = spec.partition(":")[2] or None
    try:
        container = open_device(device)
    except SourceError as error:
        return CheckResult(False, str(error))
    chunks: list[np.ndarray] = []
    heard = 0
    resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
    try:
        with container:
            for frame in container.decode(audio=0):
                for converted in resampler.resample(frame):
                    chunks.append(converted.to_ndarray().reshape(-1, 2))
                    heard += converted.samples
                if heard >= seconds * SAMPLE_RATE:
                    break
    except (av.error.FFmpegError, OSError) as error:
        return CheckResult(False, f"{spec}: opened, but no sound came ({error})")
    peak = loudest(np.concatenate(chunks) if chunks else np.zeros((0, 2), np.float32))
    level = 20 * math.log10(peak) if peak > 0 else -math.inf
    if level < -60:
        return CheckResult(True, "it opens, but it is silent: is it muted?")
    return CheckResult(True, f"it hears you: loudest {level:.0f} dBFS")


def loudest(samples: np.ndarray) -> float:
    """The largest swing from the signal's own middle, 0..1: a constant offset (a device that
    gives a stuck value) is silence, however far from zero it sits."""
    if not len(samples):
        return 0.0
    return float(np.abs(samples - samples.mean(axis=0)).max())
