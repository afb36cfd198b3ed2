"""Shared by the replies' tests: a clock the test moves, notices, and the busiest window of a
list of times."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute

SHOP = ReplyRoute("irc", "#shop")


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def reserved(name: str, code: str = "A1", variant: tuple[str, ...] = ("M",), route: ReplyRoute = SHOP,
             **fields: object) -> BuyerNotice:
    return BuyerNotice(NoticeKind.RESERVED, name, route, code, variant, total_text="$10.00", **fields)  # type: ignore[arg-type]


def busiest(times: Sequence[float], seconds: float) -> int:
    """The most of `times` in any window of `seconds` (every window: each starts at one of the times)."""
    ordered = sorted(times)
    return max((bisect.bisect_left(ordered, start + seconds) - index for index, start in enumerate(ordered)), default=0)
