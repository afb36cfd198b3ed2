"""The source a window's show starts with: the camera when there is one, else the test pattern."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def default_source() -> str:
    """`camera:0` when a camera is there, else `testpattern`. On Linux a camera is a /dev/video
    device (no need to open it); elsewhere OpenCV is asked, which takes a moment: call this once
    at start-up."""
    if sys.platform.startswith("linux"):
        found = sorted(Path("/dev").glob("video[0-9]*"))
        return f"camera:{found[0]}" if found else "testpattern"
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    capture = cv2.VideoCapture(0)
    try:
        return "camera:0" if capture.isOpened() else "testpattern"
    finally:
        capture.release()
