"""Meter levels in dBFS: 0 is full scale; silence reads FLOOR rather than minus infinity."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FLOOR_DBFS = -120.0


@dataclass(frozen=True)
class Levels:
    peak_dbfs: float
    rms_dbfs: float


def to_dbfs(amplitude: float) -> float:
    return FLOOR_DBFS if amplitude <= 10 ** (FLOOR_DBFS / 20) else max(FLOOR_DBFS, 20 * math.log10(amplitude))


def measure(samples: np.ndarray) -> Levels:
    if samples.size == 0:
        return Levels(FLOOR_DBFS, FLOOR_DBFS)
    peak = float(np.max(np.abs(samples)))
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return Levels(to_dbfs(peak), to_dbfs(rms))
