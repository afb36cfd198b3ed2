"""A video frame as it travels through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Frame:
    """BGR or BGRA pixels (uint8, height x width x channels) and when they were captured.

    `pts` is in seconds on media.clock; `index` counts frames from the source's start.
    """

    image: np.ndarray
    pts: float
    index: int

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])
