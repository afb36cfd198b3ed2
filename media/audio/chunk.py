"""A block of audio samples as it travels through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 48_000
CHANNELS = 2


@dataclass(frozen=True)
class AudioChunk:
    """Interleaved-by-row float32 samples in [-1, 1], shape (frames, CHANNELS), at SAMPLE_RATE.

    `pts` is the first sample's time in seconds on media.clock, the clock video frames use.
    """

    samples: np.ndarray
    pts: float

    @property
    def frames(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        return self.frames / SAMPLE_RATE
