"""A session's message encoding, chosen by the WebSocket subprotocol: JSON over text frames
(also for a client that offers none) or MessagePack over binary frames (simpleobsws)."""

from __future__ import annotations

import enum
import json
from typing import Any

import msgpack

from studio.remote.errors import ProtocolViolation
from studio.remote.protocol import JSON_SUBPROTOCOL, MSGPACK_SUBPROTOCOL, CloseCode


class Encoding(enum.Enum):
    JSON = JSON_SUBPROTOCOL
    MSGPACK = MSGPACK_SUBPROTOCOL

    @property
    def binary(self) -> bool:
        return self is Encoding.MSGPACK


def choose_encoding(offered: list[str]) -> Encoding | None:
    """JSON when nothing is offered; else the first offered encoding this server speaks, or None."""
    if not offered:
        return Encoding.JSON
    return next((encoding for name in offered for encoding in Encoding if encoding.value == name), None)


def offered_subprotocols(header: str) -> list[str]:
    return [name.strip() for name in header.split(",") if name.strip()]


def decode(encoding: Encoding, frame: str | bytes) -> dict[str, Any]:
    """The message as an object, or ProtocolViolation(MessageDecodeError) naming what is wrong."""
    if isinstance(frame, bytes) != encoding.binary:
        kind = "binary" if isinstance(frame, bytes) else "text"
        raise ProtocolViolation(CloseCode.MESSAGE_DECODE_ERROR,
                                f"this session speaks {encoding.value}, but a {kind} message came")
    try:
        message = msgpack.unpackb(frame, strict_map_key=False) if isinstance(frame, bytes) else json.loads(frame)
    except (ValueError, msgpack.UnpackException) as error:
        raise ProtocolViolation(CloseCode.MESSAGE_DECODE_ERROR, f"the message cannot be decoded: {error}") from error
    if not isinstance(message, dict):
        raise ProtocolViolation(CloseCode.MESSAGE_DECODE_ERROR, "a message is an object with `op` and `d`")
    return message


def encode(encoding: Encoding, message: dict[str, Any]) -> str | bytes:
    if encoding is Encoding.MSGPACK:
        return bytes(msgpack.packb(message))
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))
