"""A camera through OpenCV, by index or device path, on its own thread.

When the camera cannot be opened or stops giving frames (unplugged, taken by another
program), the source shows the "camera lost" slate and tries again every second; the
show goes on meanwhile.
"""

from __future__ import annotations

import logging

import cv2

from media.clock import now
from media.frame import Frame
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
        self.lost = False
        self._index = 0

    def _run(self) -> None:
        while not self._should_stop():
            capture = self._open()
            if capture is not None:
                self._read_until_failure(capture)
                capture.release()
            if self._should_stop():
                break
            self._show_slate()
            self._should_stop(RETRY_SECONDS)

    def _open(self) -> cv2.VideoCapture | None:
        capture = cv2.VideoCapture(self.device)
        if not capture.isOpened():
            capture.release()
            return None
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_FPS, self.fps)
        return capture

    def _read_until_failure(self, capture: cv2.VideoCapture) -> None:
        interval = 1.0 / self.fps
        while not self._should_stop():
            started = now()
            ok, image = capture.read()
            if not ok or image is None:
                return
            if self.lost:
                log.info("camera %s is back", self.device)
            self._publish(Frame(image, now(), self._index))
            self._index += 1
            self.lost = False
            self._should_stop(max(0.0, interval - (now() - started)))

    def _show_slate(self) -> None:
        if not self.lost:
            log.warning("camera %s lost; retrying every %.0f s", self.device, RETRY_SECONDS)
        self._publish(Frame(draw_slate(self.width, self.height, LOST_MESSAGE), now(), self._index))
        self._index += 1
        self.lost = True
