"""Frame rates as exact fractions: NTSC's 29.97 is 30000/1001, and a container told 29.97 would
write 2997/100, which players read as a different rate and which drifts from the real one."""

from __future__ import annotations

from fractions import Fraction

FrameRate = float | Fraction  # what callers give; exact_rate() makes it exact

_NTSC = Fraction(1000, 1001)


def exact_rate(fps: FrameRate) -> Fraction:
    """A Fraction as it is; a float to its NTSC rate (29.97 -> 30000/1001) when it is one,
    else to the nearest fraction with a denominator up to 1001 (30.0 -> 30)."""
    if isinstance(fps, Fraction):
        return fps
    if fps != int(fps):
        ntsc = round(fps / _NTSC) * _NTSC
        if abs(fps - ntsc) < 0.001:
            return ntsc
    return Fraction(fps).limit_denominator(1001)
