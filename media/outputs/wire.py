"""How the studio hands packets to an output's own process: one JSON line saying where and
what, then each packet as a fixed header and its bytes, over the child's standard input.

The URL (with its stream key) travels here, never on the command line where `ps` shows it."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from fractions import Fraction
from typing import IO

from media.encoded_packet import EncodedPacket, StreamFormat
from media.frame_rate import exact_rate

_HEADER = struct.Struct(">BBqqI")  # kind, keyframe, pts, dts, size
KINDS = ("video", "audio")


@dataclass(frozen=True)
class Session:
    url: str
    stream: StreamFormat


def write_session(pipe: IO[bytes], session: Session) -> None:
    stream = session.stream
    line = json.dumps({
        "url": session.url, "width": stream.width, "height": stream.height,
        "fps": str(exact_rate(stream.fps)),  # "30000/1001": JSON has no fractions, and a float is not exact
        "audio_extradata": stream.audio_extradata.hex() if stream.audio_extradata is not None else None,
    })
    pipe.write(line.encode() + b"\n")
    pipe.flush()


def read_session(pipe: IO[bytes]) -> Session:
    fields = json.loads(pipe.readline())
    extradata = fields["audio_extradata"]
    stream = StreamFormat(fields["width"], fields["height"], Fraction(fields["fps"]),
                          bytes.fromhex(extradata) if extradata is not None else None)
    return Session(fields["url"], stream)


def write_packet(pipe: IO[bytes], packet: EncodedPacket) -> None:
    pipe.write(_HEADER.pack(KINDS.index(packet.kind), packet.keyframe, packet.pts, packet.dts, len(packet.data)))
    pipe.write(packet.data)


def read_packet(pipe: IO[bytes]) -> EncodedPacket | None:
    """The next packet, or None at the end of the stream."""
    header = pipe.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    kind, keyframe, pts, dts, size = _HEADER.unpack(header)
    data = pipe.read(size)
    if len(data) < size:
        return None
    return EncodedPacket(KINDS[kind], data, pts, dts, bool(keyframe))  # type: ignore[arg-type]
