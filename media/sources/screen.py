"""The screen, or a region of it, captured with mss (X11 with MIT-SHM, Windows GDI, macOS
CoreGraphics) on its own thread. bench/screen_capture.py measured it against Qt's
QScreen.grabWindow and FFmpeg's x11grab: see the README for the figures and the choice."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from media.clock import now
from media.frame import Frame
from media.source import Source, SourceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Region:
    left: int
    top: int
    width: int
    height: int


def open_screen(monitor: int = 1):
    """An mss grabber and the monitor's region; SourceError when there is no screen to capture."""
    import mss
    import mss.exception

    try:
        grabber = mss.MSS()
    except mss.exception.ScreenShotError as error:
        raise SourceError(f"screen: no screen to capture ({error})") from error
    if monitor >= len(grabber.monitors):
        grabber.close()
        raise SourceError(f"screen:{monitor}: there are only {len(grabber.monitors) - 1} screens")
    found = grabber.monitors[monitor]
    return grabber, Region(found["left"], found["top"], found["width"], found["height"])


class ScreenSource(Source):
    name = "screen"

    def __init__(self, monitor: int = 1, region: Region | None = None, fps: float = 30.0) -> None:
        grabber, whole = open_screen(monitor)  # fail now, with a clear message, not on the thread
        grabber.close()
        super().__init__()
        self.monitor, self.region, self.fps = monitor, region or whole, fps

    def _run(self) -> None:
        grabber, _ = open_screen(self.monitor)  # mss handles are per thread
        area = {"left": self.region.left, "top": self.region.top, "width": self.region.width, "height": self.region.height}
        interval, index = 1.0 / self.fps, 0
        try:
            while not self._should_stop():
                started = now()
                shot = grabber.grab(area)
                bgra = np.frombuffer(shot.raw, np.uint8).reshape(shot.height, shot.width, 4)
                self._publish(Frame(bgra, now(), index))  # BGRA: the compositor drops alpha as it scales
                index += 1
                self._should_stop(max(0.0, interval - (now() - started)))
        finally:
            grabber.close()
