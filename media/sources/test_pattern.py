"""A moving test pattern with a frame counter and a clock drawn on it, so a frozen or
skipped output is visible and testable.

Layout (fractions of the canvas): colour bars across the top 60 %, a counter band below
with the frame number in big digits and the wall-clock time, and a white square that
moves one step to the right every frame along the bottom edge.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from media.clock import now
from media.frame import Frame
from media.source import Source

BARS_BGR = (
    (192, 192, 192),
    (0, 192, 192),
    (192, 192, 0),
    (0, 192, 0),
    (192, 0, 192),
    (0, 0, 192),
    (192, 0, 0),
)
BARS_HEIGHT = 0.6
MARKER_STEPS = 32


@dataclass(frozen=True)
class PatternSize:
    width: int = 1280
    height: int = 720


def bar_colour_at(x: int, width: int) -> tuple[int, int, int]:
    """The colour bar a column of the pattern falls in, for tests that check pixels."""
    return BARS_BGR[min(len(BARS_BGR) - 1, x * len(BARS_BGR) // width)]


def marker_step(image: np.ndarray) -> int | None:
    """Which of the MARKER_STEPS positions the moving marker is at in a (decoded) frame, or
    None where there is no marker: frame index modulo MARKER_STEPS, for tests and benches."""
    height, width = image.shape[:2]
    step = width // MARKER_STEPS
    row = image[height - step // 2, : step * MARKER_STEPS, :3].reshape(MARKER_STEPS, step, 3).mean(axis=(1, 2))
    brightest = int(row.argmax())
    return brightest if row[brightest] > 200 else None


def draw_test_pattern(width: int, height: int, index: int, wall_time: float | None = None) -> np.ndarray:
    image = _base(width, height).copy()
    scale = height / 720
    band_top = int(height * BARS_HEIGHT)
    cv2.putText(
        image, f"{index:06d}", (int(40 * scale), band_top + int(120 * scale)),
        cv2.FONT_HERSHEY_DUPLEX, 3.2 * scale, (255, 255, 255), max(1, int(5 * scale)), cv2.LINE_AA,
    )
    clock = time.strftime("%H:%M:%S", time.localtime(wall_time if wall_time is not None else time.time()))
    cv2.putText(
        image, clock, (int(width - 380 * scale), band_top + int(120 * scale)),
        cv2.FONT_HERSHEY_DUPLEX, 2.0 * scale, (200, 200, 200), max(1, int(3 * scale)), cv2.LINE_AA,
    )
    step = width // MARKER_STEPS
    x = (index % MARKER_STEPS) * step
    image[height - step : height, x : x + step] = (255, 255, 255)
    return image


@lru_cache(maxsize=8)
def _base(width: int, height: int) -> np.ndarray:
    """The still part: bars on top, the dark band below. Read-only; each frame copies it."""
    image = np.empty((height, width, 3), np.uint8)
    image[: int(height * BARS_HEIGHT)] = _bars(width, int(height * BARS_HEIGHT))
    image[int(height * BARS_HEIGHT) :] = (32, 32, 32)
    image.flags.writeable = False
    return image


@lru_cache(maxsize=8)
def _bars(width: int, height: int) -> np.ndarray:
    row = np.array([bar_colour_at(x, width) for x in range(width)], np.uint8)
    return np.broadcast_to(row, (height, width, 3))


class TestPatternSource(Source):
    """Draws the pattern at `fps` on its own thread."""

    name = "test-pattern"
    __test__ = False  # not a pytest test class

    def __init__(self, size: PatternSize = PatternSize(), fps: float = 30.0) -> None:
        super().__init__()
        self.size = size
        self.fps = fps

    def _run(self) -> None:
        interval = 1.0 / self.fps
        start = now()
        index = 0
        while not self._should_stop():
            image = draw_test_pattern(self.size.width, self.size.height, index)
            self._publish(Frame(image, now(), index))
            index += 1
            delay = start + index * interval - now()
            if delay > 0 and self._should_stop(delay):
                break
