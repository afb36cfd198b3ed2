"""What a caller reads of the show's chat once it runs: its figures, and each connector's state."""

from __future__ import annotations

from dataclasses import dataclass

from media.health import Health


@dataclass(frozen=True)
class ChatStats:
    messages: int = 0  # taken and stored
    orders: int = 0  # reserved by buy comments
    queued: int = 0  # waiting for the desk now
    waits: int = 0  # messages that found the desk's queue full and waited for room
    waited_seconds: float = 0.0  # time those waits took, together
    dropped: int = 0  # found no room in time: never stored
    unstored: int = 0  # the store refused them past every retry, or they tripped a bug


@dataclass(frozen=True)
class ConnectorStatus:
    label: str  # the spec without any password or query a user typed
    state: str  # what the status line says of it
    health: Health | None  # the typed value, for connectors that have one (and for any whose run ended in failure)
