"""How a part of the show is doing, as a typed value: a state, and for a retry its attempt and
when the next try is due, and for a failure its reason. Drivers show it; nobody parses it."""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass


class PartState(enum.Enum):
    IDLE = "idle"  # made, not started
    STARTING = "starting"
    CONNECTING = "connecting"
    CONNECTED = "connected"  # a chat server took the login, the channel is not joined yet
    JOINED = "joined"  # a chat channel joined: messages arrive
    RUNNING = "running"  # a source, the clock, the encoder, a recording: working
    LIVE = "live"  # a destination taking the stream
    RECONNECTING = "reconnecting"
    FAILED = "failed"  # for good, or until the next try when `next_retry` is set
    STOPPED = "stopped"


@dataclass(frozen=True)
class Health:
    state: PartState = PartState.IDLE
    reason: str = ""  # why it failed or is retrying; safe to show (secrets masked)
    attempt: int = 0  # which reconnect attempt, from 1
    next_retry: float | None = None  # time.monotonic() of the next try

    @property
    def failed(self) -> bool:
        return self.state is PartState.FAILED

    @property
    def working(self) -> bool:
        return self.state in (PartState.RUNNING, PartState.LIVE, PartState.JOINED, PartState.CONNECTED)

    def retry_in(self, at: float | None = None) -> float | None:
        """Seconds until the next try (never below zero), or None when none is planned."""
        if self.next_retry is None:
            return None
        return max(0.0, self.next_retry - (time.monotonic() if at is None else at))

    def text(self, at: float | None = None) -> str:
        """live; reconnecting in 3 s (attempt 2): connection refused; failed: no camera at index 0"""
        words = self.state.value
        wait = self.retry_in(at)
        if self.state is PartState.RECONNECTING and wait is not None:
            words = f"reconnecting in {wait:.0f} s (attempt {self.attempt})"
        return f"{words}: {self.reason}" if self.reason else words


def retrying(reason: str, attempt: int, delay: float) -> Health:
    """The health of a part that will try again in `delay` seconds."""
    return Health(PartState.RECONNECTING, reason, attempt, time.monotonic() + delay)
