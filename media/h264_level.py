"""Which H.264 level a stream needs (ITU-T H.264 Table A-1), and the profile-level-id that
declares the stream in SDP (RFC 6184): what a WebRTC receiver is told it must decode."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

CONSTRAINED_BASELINE = (0x42, 0xC0)  # profile_idc 66, constraint_set0 and set1: what x264's "baseline" writes


@dataclass(frozen=True)
class Level:
    idc: int  # level_idc as the SPS carries it: 31 for 3.1
    macroblocks_per_second: int
    macroblocks_per_frame: int
    kbps: int  # the largest video bitrate, Baseline and Main profiles

    @property
    def name(self) -> str:
        """"3.1", as x264's level option takes it."""
        return f"{self.idc // 10}.{self.idc % 10}"


LEVELS = (
    Level(10, 1485, 99, 64), Level(11, 3000, 396, 192), Level(12, 6000, 396, 384), Level(13, 11880, 396, 768),
    Level(20, 11880, 396, 2000), Level(21, 19800, 792, 4000), Level(22, 20250, 1620, 4000),
    Level(30, 40500, 1620, 10000), Level(31, 108000, 3600, 14000), Level(32, 216000, 5120, 20000),
    Level(40, 245760, 8192, 20000), Level(41, 245760, 8192, 50000), Level(42, 522240, 8704, 50000),
    Level(50, 589824, 22080, 135000), Level(51, 983040, 36864, 240000), Level(52, 2073600, 36864, 240000),
)


def level_for(width: int, height: int, fps: Fraction, kbps: int) -> Level:
    """The lowest level whose frame size, macroblock rate, bitrate and frame dimensions
    (at most sqrt(8 * frame size) macroblocks a side) take the stream."""
    columns, rows = math.ceil(width / 16), math.ceil(height / 16)
    per_frame = columns * rows
    for level in LEVELS:
        side = math.sqrt(8 * level.macroblocks_per_frame)
        if (per_frame <= level.macroblocks_per_frame and per_frame * fps <= level.macroblocks_per_second
                and kbps <= level.kbps and columns <= side and rows <= side):
            return level
    raise ValueError(f"{width}x{height} at {float(fps):g} fps and {kbps} kbit/s is beyond every H.264 level")


def profile_level_id(profile: tuple[int, int], level: Level) -> str:
    """'42c01f': profile_idc, the constraint flags and level_idc, as SDP's fmtp carries them."""
    return f"{profile[0]:02x}{profile[1]:02x}{level.idc:02x}"


def sps_profile_level_id(annex_b: bytes) -> str | None:
    """The profile-level-id a stream's own SPS says (its first three bytes after the NAL
    header), or None when `annex_b` holds no SPS: what a decoder will find."""
    for start in _start_codes(annex_b):
        if start + 4 <= len(annex_b) and annex_b[start] & 0x1F == 7:
            return annex_b[start + 1 : start + 4].hex()
    return None


def _start_codes(annex_b: bytes) -> Iterator[int]:
    index = annex_b.find(b"\x00\x00\x01")
    while index != -1:
        yield index + 3
        index = annex_b.find(b"\x00\x00\x01", index + 3)
