"""An encoded packet as every output receives it: bytes and times, free of any container."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

VIDEO_TIME_BASE = Fraction(1, 90_000)
AUDIO_TIME_BASE = Fraction(1, 48_000)


@dataclass(frozen=True)
class EncodedPacket:
    kind: Literal["video", "audio"]
    data: bytes
    pts: int
    dts: int
    keyframe: bool

    @property
    def time_base(self) -> Fraction:
        return VIDEO_TIME_BASE if self.kind == "video" else AUDIO_TIME_BASE

    @property
    def seconds(self) -> float:
        return float(self.dts * self.time_base)


@dataclass(frozen=True)
class StreamFormat:
    """What a muxer needs to know to write the packets: the same for every output."""

    width: int
    height: int
    fps: float | Fraction  # media.frame_rate.exact_rate() makes it exact
    audio_extradata: bytes | None  # AAC's AudioSpecificConfig; None: no audio

    @property
    def audio(self) -> bool:
        return self.audio_extradata is not None
