"""A camera through OpenCV, by index or device path, on its own thread.

When there is no camera at that index or path, or it stops giving frames (unplugged, taken
by another program), the source shows the "camera lost" slate and tries again every second;
the show goes on meanwhile. Its health says why: FAILED with the reason and the next try's
time while it retries, RUNNING while frames come.
"""

from __future__ import annotations

import logging
import os
import time

import cv2

from media.clock import now
from media.frame import Frame
from media.health import Health, PartState
from media.slate import draw_slate
from media.source import Source

log = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
LOST_MESSAGE = "Camera lost - reconnecting"


class CameraSource(Source):
    name = "camera"

    def __init__(self, device: int | str, width: int = 1280, height: int = 720, fps: float = 30.0) -> None:
        super().__init__()
        self.device, self.width, self.height, self.fps = device, width, height, fps
        self._index = 0

    @property
    def part_name(self) -> str:
        return f"camera:{self.device}"

    @property
    def lost(self) -> bool:
        return self.health.failed

    def _run(self) -> None:
        while not self._should_stop():
            capture = self._open()
            if capture is None:
                self._retry_later(no_camera_at(self.device))
            else:
                self._read_until_failure(capture)
                capture.release()
                self._retry_later("the camera stopped giving frames")
            if self._should_stop():
                break
            self._should_stop(RETRY_SECONDS)

    def _open(self) -> cv2.VideoCapture | None:
        quiet_opencv_log()
        capture = cv2.VideoCapture(self.device)
        if not capture.isOpened():
            capture.release()
            return None
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_FPS, float(self.fps))  # 30000/1001 from --fps 29.97: OpenCV takes a double
        return capture

    def _read_until_failure(self, capture: cv2.VideoCapture) -> None:
        interval = 1.0 / self.fps
        while not self._should_stop():
            started = now()
            ok, image = capture.read()
            if not ok or image is None:
                return
            if self.lost:
                log.info("%s is back", self.part_name)
            if self.health.state is not PartState.RUNNING:
                self._set_health(Health(PartState.RUNNING))
            self._publish(Frame(image, now(), self._index))
            self._index += 1
            self._should_stop(max(0.0, interval - (now() - started)))

    def _retry_later(self, reason: str) -> None:
        """The slate on screen, then the reason in the health (said once) until a frame comes."""
        self._publish(Frame(draw_slate(self.width, self.height, LOST_MESSAGE), now(), self._index))
        self._index += 1
        self._set_health(Health(PartState.FAILED, reason, next_retry=time.monotonic() + RETRY_SECONDS))


def no_camera_at(device: int | str) -> str:
    return f"no camera at index {device}" if isinstance(device, int) else f"no camera at {device}"


def quiet_opencv_log() -> None:
    """OpenCV prints its own warnings for a camera it cannot open ("[ WARN:0@0.9] ... can't open
    camera by index") straight to the terminal; the health says it instead. An OPENCV_LOG_LEVEL
    set by whoever runs the show is kept, for debugging."""
    if "OPENCV_LOG_LEVEL" not in os.environ:
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
