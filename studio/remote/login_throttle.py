"""Failed logins from one address are slowed: after `FREE_FAILURES` wrong answers, that address
gets one try a second at most, so a web page or a script cannot guess the password quickly.
A right answer or a quiet minute forgives the address."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

FREE_FAILURES = 5
SECONDS_BETWEEN_TRIES = 1.0
FORGIVEN_AFTER = 60.0
KEPT_ADDRESSES = 10_000  # a flood from many addresses cannot grow this without bound


@dataclass
class _Record:
    failures: int = 0
    next_try: float = 0.0
    last_failure: float = 0.0


class LoginThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._records: dict[str, _Record] = {}

    def wait_before_checking(self, address: str) -> float:
        """Seconds to wait before this try is checked (0 while the address has few failures);
        the try's turn is taken at once, so tries waiting together are spread a second apart."""
        moment = self._clock()
        record = self._records.get(address)
        if record is None or moment - record.last_failure > FORGIVEN_AFTER:
            self._records.pop(address, None)
            return 0.0
        if record.failures < FREE_FAILURES:
            return 0.0
        turn = max(moment, record.next_try)
        record.next_try = turn + SECONDS_BETWEEN_TRIES
        return turn - moment

    def failed(self, address: str) -> None:
        if address not in self._records and len(self._records) >= KEPT_ADDRESSES:
            self._records.pop(next(iter(self._records)))
        record = self._records.setdefault(address, _Record())
        record.failures += 1
        record.last_failure = self._clock()

    def succeeded(self, address: str) -> None:
        self._records.pop(address, None)
