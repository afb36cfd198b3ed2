"""A full frame scaled down for a monitor, cheaply: halved by averaging 2x2 pixels (OpenCV's
INTER_AREA at exactly half is a fast path, ~0.6 ms at 1080p) while the monitor is at most half as
big, then resized the rest of the way (less than 2x, where linear interpolation does not alias).
INTER_AREA straight to an arbitrary size costs 6-17 ms a 1080p frame on a 2-core machine."""

from __future__ import annotations

import cv2
import numpy as np


def downscale(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """`image` at `size` (width, height), no bigger than it; the same array when the size is its own."""
    width, height = size
    while image.shape[1] >= 2 * width and image.shape[0] >= 2 * height:
        image = cv2.resize(image, (image.shape[1] // 2, image.shape[0] // 2), interpolation=cv2.INTER_AREA)
    if (image.shape[1], image.shape[0]) == (width, height):
        return image
    return cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)
