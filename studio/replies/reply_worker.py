"""Replies on a thread of their own: `tell(notice)` from any thread never waits (the chat desk
calls it after each commit); the worker sends each chat's messages at that chat's pace through
`dispatch` (the chat floor's connectors, on their loop), one message of a chat at a time, in
order. Each message waits for its answer on a `Task` of its own (a few a minute per chat at
the platforms' paces), so a slow chat (a YouTube insert that times out) holds up only its own
replies. A chat that refuses replies (no
token, a token refused, the chat ended) is said once in the health and its replies are counted,
not sent; the show goes on."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from media.health import Health, PartState
from media.worker import Task, Worker
from studio.replies.notice import BuyerNotice, ReplyRoute
from studio.replies.pacer import Clock
from studio.replies.platform_limits import ReplyLimits, budget
from studio.replies.results import Refused, SendResult
from studio.replies.route_queue import Outgoing, RouteQueue

log = logging.getLogger(__name__)

Dispatch = Callable[[Outgoing], SendResult]  # blocks until the message went or failed (bounded by the sender)
IDLE_SECONDS = 0.5
SENDER_STOP_SECONDS = 25.0  # a message on its way when the show ends: the floor's own wait is 20 s


@dataclass(frozen=True)
class ReplyStats:
    queued: int
    told: int
    messages: int
    dropped: int
    failed: int
    max_delay: float
    problems: tuple[str, ...]  # each chat's last problem, "twitch #shop: ..."

    def text(self) -> str:
        """replies: 120 told in 14 messages, 30 queued, 2 dropped, 1 failed (why)"""
        words = [f"replies: {self.told} told in {self.messages} messages"]
        words += [f"{count} {what}" for count, what in ((self.queued, "queued"), (self.dropped, "dropped"),
                                                         (self.failed, "failed")) if count]
        return ", ".join(words) + (f" ({'; '.join(self.problems)})" if self.problems else "")


class ReplyWorker(Worker):
    thread_name = "chat-replies"

    def __init__(self, dispatch: Dispatch, locale: str, limits: ReplyLimits | None = None,
                 clock: Clock = time.monotonic) -> None:
        super().__init__()
        self._dispatch, self._locale, self._limits, self._clock = dispatch, locale, limits or ReplyLimits(), clock
        self._routes: dict[ReplyRoute, RouteQueue] = {}
        self._changed = threading.Condition()

    def tell(self, notice: BuyerNotice) -> None:
        """Queues a reply (from any thread, at once)."""
        with self._changed:
            self._route(notice.route).add(notice)
            self._changed.notify()

    def stats(self) -> ReplyStats:
        with self._changed:
            routes = list(self._routes.values())
            figures = [route.stats for route in routes]
            return ReplyStats(sum(len(route) for route in routes), sum(f.told for f in figures),
                              sum(f.messages for f in figures), sum(f.dropped for f in figures),
                              sum(f.failed for f in figures), max((f.max_delay for f in figures), default=0.0),
                              tuple(f"{route.route}: {route.stats.problem}" for route in routes if route.stats.problem))

    def _route(self, route: ReplyRoute) -> RouteQueue:
        queue = self._routes.get(route)
        if queue is None:
            queue = self._routes[route] = RouteQueue(route, self._limits.pace(route), budget(route), self._locale,
                                                     self._clock, self._limits.max_pending, self._limits.max_age,
                                                     self._limits.quota_pause, self._limits.moderator(route))
        return queue

    def _wake(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _run(self) -> None:
        self._set_health(Health(PartState.RUNNING))
        senders: list[Task] = []
        while not self._should_stop():
            for outgoing in self._due():
                sender = Task(f"chat-reply-{outgoing.route.platform}", functools.partial(self._send, outgoing))
                senders = [*(running for running in senders if running.running), sender]
                sender.start()
        for sender in senders:
            sender.join(SENDER_STOP_SECONDS)
        left = self.stats().queued
        if left:
            log.info("%d chat replies were not sent: the show ended", left)

    def _due(self) -> list[Outgoing]:
        """The messages due now (one a chat), after waiting (without holding the lock) until one is or we stop."""
        with self._changed:
            waits = [(wait, queue) for queue in self._routes.values() if (wait := queue.wait()) is not None]
            due = [outgoing for wait, queue in waits if wait == 0.0 and (outgoing := queue.take()) is not None]
            if not due and not self._should_stop():
                self._changed.wait(min((wait for wait, _ in waits), default=IDLE_SECONDS) or 0.01)
        return due

    def _send(self, outgoing: Outgoing) -> None:
        """On its own task: the message through `dispatch`, and how it fared to its chat's queue."""
        try:
            result = self._dispatch(outgoing)
        except Exception as error:  # a sender's bug must not end every reply of the show
            log.exception("a chat reply to %s could not be sent", outgoing.route)
            result = Refused(f"{type(error).__name__}")
        with self._changed:
            self._routes[outgoing.route].done(outgoing, result)
            self._changed.notify()
        if isinstance(result, Refused):  # said once: the chat's replies are counted, not sent, from now on
            log.warning("chat replies to %s: %s", outgoing.route, result.reason)
            self._set_health(Health(PartState.RUNNING, f"no replies to {outgoing.route}: {result.reason}"))
