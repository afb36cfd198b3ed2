"""Screen capture, three ways, on the same screen: frames per second and ms per grab.

    DISPLAY=:N python bench/screen_capture.py [--frames 60]

mss (XShmGetImage), Qt's QScreen.grabWindow, and FFmpeg's x11grab through PyAV.
Start an Xvfb first where there is no desktop: Xvfb :99 -screen 0 1920x1080x24 &
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np


def timed(grab: Callable[[], object], frames: int) -> tuple[float, float]:
    grab()
    samples = []
    for _ in range(frames):
        started = time.perf_counter()
        grab()
        samples.append((time.perf_counter() - started) * 1000)
    median = statistics.median(samples)
    return median, 1000 / median


def with_mss(frames: int) -> tuple[float, float]:
    import mss

    with mss.MSS() as grabber:
        monitor = grabber.monitors[1]
        return timed(lambda: np.frombuffer(grabber.grab(monitor).raw, np.uint8), frames)


def with_qt(frames: int) -> tuple[float, float]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench", "-platform", "xcb"])  # noqa: F841
    screen = QGuiApplication.primaryScreen()

    def grab() -> np.ndarray:
        image = screen.grabWindow(0).toImage()
        return np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).copy()

    return timed(grab, frames)


def with_x11grab(frames: int) -> tuple[float, float]:
    import av

    container = av.open(os.environ["DISPLAY"], format="x11grab", options={"framerate": "1000", "draw_mouse": "0"})
    decoded = container.decode(video=0)
    try:
        return timed(lambda: next(decoded).to_ndarray(format="bgra"), frames)
    finally:
        container.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=60)
    frames = parser.parse_args().frames
    if not os.environ.get("DISPLAY"):
        sys.exit("set DISPLAY to an X server (e.g. an Xvfb) first")
    for label, method in (("mss", with_mss), ("Qt grabWindow", with_qt), ("PyAV x11grab", with_x11grab)):
        try:
            median, fps = method(frames)
            print(f"{label:<14} median {median:6.2f} ms per grab, {fps:6.1f} grabs/s")
        except Exception as error:  # a method that does not work here is a result too
            print(f"{label:<14} does not work here: {error}")


if __name__ == "__main__":
    main()
