"""A full frame scaled down for a monitor, cheaply: halved by averaging 2x2 pixels (OpenCV's
INTER_AREA at exactly half is a fast path, ~0.6 ms at 1080p) while the monitor is at most half as
big, then resized the rest of the way (less than 2x, where linear interpolation does not alias).
INTER_AREA straight to an arbitrary size costs 6-17 ms a 1080p frame on a 2-core machine.

Each step writes into a buffer kept from the last frame: a fresh array a step is fresh memory
the kernel maps and zeroes page by page (page faults were a sixth of the compositor's time)."""

from __future__ import annotations

import sys

import cv2
import numpy as np

KEPT_FRAMES = 4  # monitor frames handed out and kept for reuse: the one shown, the one painted, two spare


class MonitorScaler:
    """`bgra(image, size)`: `image` (BGR) at `size` (width, height, no bigger than it), as opaque
    BGRA. Used from one thread. The steps between are buffers of its own; a frame it returns is reused only
    once nothing else holds it (or a view of it), so a window still painting one never sees it change."""

    def __init__(self) -> None:
        self._steps: dict[int, np.ndarray] = {}
        self._handed: list[np.ndarray] = []

    def bgra(self, image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
        width, height = size
        step = 0
        while image.shape[1] >= 2 * width and image.shape[0] >= 2 * height:
            half = self._step(step, (image.shape[0] // 2, image.shape[1] // 2, image.shape[2]))
            image = cv2.resize(image, (half.shape[1], half.shape[0]), dst=half, interpolation=cv2.INTER_AREA)
            step += 1
        if (image.shape[1], image.shape[0]) != (width, height):
            fitted = self._step(-1, (height, width, image.shape[2]))
            image = cv2.resize(image, (width, height), dst=fitted, interpolation=cv2.INTER_LINEAR)
        return cv2.cvtColor(image, cv2.COLOR_BGR2BGRA, dst=self._free((height, width, 4)))

    def _step(self, key: int, shape: tuple[int, int, int]) -> np.ndarray:
        buffer = self._steps.get(key)
        if buffer is None or buffer.shape != shape:
            buffer = self._steps[key] = np.empty(shape, np.uint8)
        return buffer

    def _free(self, shape: tuple[int, int, int]) -> np.ndarray:
        for buffer in self._handed:
            # the references: the list's, `buffer`'s and getrefcount's own argument; any more is a holder
            if buffer.shape == shape and sys.getrefcount(buffer) == 3:
                return buffer
        fresh = np.empty(shape, np.uint8)
        self._handed = [kept for kept in self._handed if kept.shape == shape][-(KEPT_FRAMES - 1):] + [fresh]
        return fresh
