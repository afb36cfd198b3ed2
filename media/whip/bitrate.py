"""A target bitrate for aiortc's video encoders that takes effect.

aiortc sizes its H.264 and VP8 encoders from module constants (3 Mbit/s and 1.5 Mbit/s by
default) and lets congestion feedback move the target between their MIN and MAX. Setting
all three pins the encoders to the show's bitrate; the constants are process-wide, and
one publisher per process uses them. Only a destination on its own encode uses them (see
media/whip/publisher.py)."""

from __future__ import annotations

from aiortc.codecs import h264, vpx


def set_video_bitrate(bits_per_second: int) -> None:
    h264.DEFAULT_BITRATE = h264.MIN_BITRATE = h264.MAX_BITRATE = bits_per_second
    vpx.DEFAULT_BITRATE = vpx.MIN_BITRATE = vpx.MAX_BITRATE = bits_per_second
