"""Never more than N messages in any window of S seconds: a sliding window of the last N send
times, so no window (not only the clock's aligned ones) holds more than N. A token bucket of N
refilled over S would let almost 2N through in S seconds: a burst, then the refill. The margin
widens the window by what the network may take off the gap between two sends on their way to
the server. The clock is injected: unit tests run the real numbers on a fake one."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True)
class PaceLimit:
    messages: int
    seconds: float
    margin: float = 0.0

    def __post_init__(self) -> None:
        if self.messages < 1 or self.seconds <= 0 or self.margin < 0:
            raise ValueError(f"a pace is at least 1 message per a positive time, not {self}")


class SlidingWindow:
    def __init__(self, limit: PaceLimit, clock: Clock = time.monotonic) -> None:
        self.limit, self._clock = limit, clock
        self._sent: deque[float] = deque(maxlen=limit.messages)

    def wait(self) -> float:
        """Seconds until the next message may go: 0 when it may go now."""
        if len(self._sent) < self.limit.messages:
            return 0.0
        return max(0.0, self._sent[0] + self.limit.seconds + self.limit.margin - self._clock())

    def free(self) -> int:
        """How many messages may go now, one after the other."""
        now, span = self._clock(), self.limit.seconds + self.limit.margin
        return self.limit.messages - sum(1 for moment in self._sent if moment + span > now)

    def sent(self) -> None:
        """A message went now (call it as it is handed to the connection)."""
        self._sent.append(self._clock())

    def change(self, limit: PaceLimit) -> None:
        """Another limit from now on (Twitch's 100 once the account turns out to be a moderator)."""
        self.limit, self._sent = limit, deque(self._sent, maxlen=limit.messages)

    def unsend(self) -> None:
        """The last message counted did not go after all (nothing reached the connection)."""
        if self._sent:
            self._sent.pop()
