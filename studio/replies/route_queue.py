"""One chat's replies waiting to go, without any thread or I/O (the worker and the bench drive
it): paced by a sliding window, merged when they would otherwise wait, split to the size of a
message. Merging starts once more buyers wait than messages may go now: each of them is then
told sooner in a message shared with others told the same words than alone behind them. Once
a quarter of the window's messages are spent, the rest are not spent on one buyer each: a message goes
when it is full, or when its share of the window (30 s / 20 on Twitch) has passed, so a rush
fills the messages left instead of using them up on its first few buyers."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from studio.replies.compose import Budget, Worded, alone, merged
from studio.replies.notice import BuyerNotice, ReplyRoute, reply_name
from studio.replies.pacer import Clock, PaceLimit, SlidingWindow
from studio.replies.phrases import wording
from studio.replies.results import Refused, Rejected, Retry, SendResult, Sent

MOST_NAMES = 200  # more "@x" than any platform's message holds (500 characters: at most 166)


@dataclass(frozen=True)
class Queued:
    notice: BuyerNotice
    worded: Worded
    at: float  # on the queue's clock

    @property
    def key(self) -> tuple[object, str]:
        """Buyers with the same key can be told in one message."""
        return self.notice.kind, self.worded.wording.shared


@dataclass(frozen=True)
class Outgoing:
    route: ReplyRoute
    text: str
    names: tuple[str, ...]  # the buyers it names, for a bridge that mentions them its own way
    told: tuple[Queued, ...]  # who has had their whole reply once this message is sent


@dataclass
class RouteStats:
    told: int = 0  # buyers whose whole reply went
    messages: int = 0  # messages sent
    dropped: int = 0  # notices past the queue's bound or too old to send
    failed: int = 0  # notices the platform refused
    retries: int = 0
    max_delay: float = 0.0  # seconds from queued to told, at most
    total_delay: float = 0.0
    problem: str = ""  # why the last message did not go, until one goes


class RouteQueue:
    def __init__(self, route: ReplyRoute, limit: PaceLimit, budget: Budget, locale: str, clock: Clock,
                 max_pending: int = 5000, max_age: float = 600.0, quota_pause: float = 1800.0,
                 moderator_limit: PaceLimit | None = None) -> None:
        self.route, self._budget, self._locale, self._clock = route, budget, locale, clock
        self._quota_pause, self._moderator_limit = quota_pause, moderator_limit
        self.pacer, self._limit = SlidingWindow(limit, clock), limit
        self._max_pending, self._max_age = max_pending, max_age
        self._pending: list[Queued] = []
        self._lines: deque[Outgoing] = deque()
        self._in_flight: Outgoing | None = None  # handed out by take(), not yet done()
        self._held_until = float("-inf")
        self._last_sent = float("-inf")
        self.refused: str | None = None
        self.stats = RouteStats()

    def __len__(self) -> int:
        """Buyers not told yet: waiting, in messages composed, and in the message on its way."""
        flying = len(self._in_flight.told) if self._in_flight is not None else 0
        return len(self._pending) + sum(len(line.told) for line in self._lines) + flying

    def add(self, notice: BuyerNotice) -> bool:
        """Queued; False (and counted) when the chat refused replies or too many wait already."""
        if self.refused is not None or len(self._pending) >= self._max_pending:
            self.stats.dropped += 1
            return False
        worded = Worded(reply_name(notice.buyer), wording(notice, self._locale))
        self._pending.append(Queued(notice, worded, self._clock()))
        return True

    def wait(self) -> float | None:
        """Seconds until the next message may go (0: now), None when there is nothing to send
        or a message is on its way (the next one waits for its answer: the order is kept)."""
        if self.refused is not None or self._in_flight is not None or not (self._pending or self._lines):
            return None
        now = self._clock()
        wait = max(0.0, self._held_until - now, self.pacer.wait())
        if wait > 0 or self._lines or self._spending_freely() or self._full_message_waits():
            return wait
        limit = self.pacer.limit
        return max(0.0, self._last_sent + (limit.seconds + limit.margin) / limit.messages - now)

    def take(self) -> Outgoing | None:
        """The next message, counted against the pace as it is handed out; None when it must wait."""
        if self.wait() != 0.0:
            return None
        if not self._lines:
            self._compose()
            if not self._lines:
                return None
        self.pacer.sent()
        self._last_sent = self._clock()
        self._in_flight = self._lines.popleft()
        return self._in_flight

    def done(self, outgoing: Outgoing, result: SendResult) -> None:
        """How the message `take()` gave fared."""
        self._in_flight = None
        if isinstance(result, Sent):
            self._told(outgoing)
            if self._moderator_limit is not None:  # Twitch: 100 while the account moderates, else 20
                wanted = self._moderator_limit if result.moderator else self._limit
                if self.pacer.limit != wanted:
                    self.pacer.change(wanted)
        elif isinstance(result, Retry):
            if not result.reached:
                self.pacer.unsend()
            self._lines.appendleft(outgoing)
            self._held_until = self._clock() + (self._quota_pause if result.until_quota else result.after)
            self.stats.retries += 1
            self.stats.problem = result.reason
        elif isinstance(result, Rejected):
            self.stats.failed += len(outgoing.told)
            self.stats.problem = result.reason
        elif isinstance(result, Refused):
            self.refused = self.stats.problem = result.reason
            self.stats.failed += len(outgoing.told) + len(self)
            self._pending.clear()
            self._lines.clear()

    def _told(self, outgoing: Outgoing) -> None:
        now = self._clock()
        self.stats.messages += 1
        self.stats.problem = ""  # what went wrong before is over
        for queued in outgoing.told:
            delay = now - queued.at
            self.stats.told += 1
            self.stats.total_delay += delay
            self.stats.max_delay = max(self.stats.max_delay, delay)

    def _compose(self) -> None:
        self._drop_stale()
        if not self._pending:
            return
        head = self._pending[0]
        if len(self._pending) > self.pacer.free() or not self._spending_freely():
            group = self._group_of(head)
            fitted = merged([queued.worded for queued in group], self._budget) if len(group) > 1 else None
            if fitted is not None and fitted[1] > 1:
                text, count = fitted
                told = group[:count]
                taken = {id(queued) for queued in told}
                self._pending = [queued for queued in self._pending if id(queued) not in taken]
                self._lines.append(Outgoing(self.route, text, tuple(q.worded.name for q in told), tuple(told)))
                return
        self._pending.pop(0)
        parts = alone(head.worded, self._budget)
        for index, text in enumerate(parts):
            last = index == len(parts) - 1
            self._lines.append(Outgoing(self.route, text, (head.worded.name,), (head,) if last else ()))

    def _spending_freely(self) -> bool:
        """Under a quarter of the window's messages spent: each may go as soon as it can (bench/replies.py
        compares: spending half freely told a rush of 500 about a quarter later on average)."""
        return self.pacer.free() > self.pacer.limit.messages * 3 // 4

    def _group_of(self, head: Queued) -> list[Queued]:
        """The buyers told the same words as `head`, in order, at most one message's worth and one more."""
        group: list[Queued] = []
        for queued in self._pending:
            if queued.key == head.key:
                group.append(queued)
                if len(group) > MOST_NAMES:
                    break
        return group

    def _full_message_waits(self) -> bool:
        """The first buyer's group fills a merged message (and more)."""
        if not self._pending:
            return False
        group = self._group_of(self._pending[0])
        if len(group) < 2:
            return False
        fitted = merged([queued.worded for queued in group], self._budget)
        return fitted is not None and fitted[1] < len(group)

    def _drop_stale(self) -> None:
        oldest = self._clock() - self._max_age
        fresh = [queued for queued in self._pending if queued.at >= oldest]
        self.stats.dropped += len(self._pending) - len(fresh)
        self._pending = fresh
