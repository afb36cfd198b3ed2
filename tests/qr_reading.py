"""Reading a QR code out of a picture, as a phone's camera app would: OpenCV's classic detector,
then its ArUco-based one (OpenCV 5's classic detector misses some larger codes, e.g. a Pix code's)."""

from __future__ import annotations

import cv2
import numpy as np


def read_qr(image: np.ndarray) -> str:
    """The text of the QR code in `image` (BGR or grey), or '' when neither detector reads one."""
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        text, _, _ = detector.detectAndDecode(image)
        if text:
            return text
    return ""


def find_qr(image: np.ndarray) -> tuple[str, np.ndarray | None]:
    """The text and the corner points of the QR code in `image`; ('', None) when none is read."""
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        text, points, _ = detector.detectAndDecode(image)
        if text:
            return text, points
    return "", None
