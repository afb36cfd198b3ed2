"""The show's chat connectors, on an asyncio loop of their own thread, handing every message to
the chat desk, which runs on a thread of its own with its own database connection behind a
bounded queue (studio/chat/desk_worker.py): the loop never waits on SQLite, so PINGs are
answered and sockets read whatever the store is doing. `start()` returns at once; the health
says STARTING until the desk has read the catalog and the connectors are made, RUNNING after,
FAILED with the reason when the desk cannot open the store or the loop ends on its own. A
connector that fails for good (a port in use, a refused token) says why in its state; the
others go on. `send_reply` puts a reply message through the connector of its chat, from the
replies' own thread (studio/replies/reply_worker.py)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
from pathlib import Path

from media.health import Health, PartState
from media.worker import Worker
from studio.chat.connectors import Connector, check_chat_spec, make_connector
from studio.chat.desk_intake import DeskIntake
from studio.chat.desk_queue import DeskQueue
from studio.chat.desk_worker import DeskWorker, OnNotice, OnTaken
from studio.chat.floor_status import ChatStats, ConnectorStatus
from studio.chat.ingest import IngestServer
from studio.replies.results import Refused, Retry, SendResult
from studio.replies.route_queue import Outgoing

log = logging.getLogger(__name__)

QUEUE_BOUND = 5000  # messages waiting for the desk: 2.5 s at 2,000 a second, minutes of a busy show
ROOM_WAIT_SECONDS = 5.0  # how long a connector waits for room in a full queue before messages are dropped
DESK_STOP_SECONDS = 12.0  # a held store: the message in hand waits out its busy timeout, the rest are given up
DESK_POLL_SECONDS = 0.1  # how often a starting floor checks it was asked to stop while the desk loads
REPLY_SECONDS = 20.0  # longest a reply may take on the loop (YouTube's own timeout is shorter)
NOT_RUNNING_RETRY = 1.0


class ShopFloor(Worker):
    thread_name = "chat"

    def __init__(self, database: Path, show_id: int, specs: list[str], token: str | None = None, *,
                 queue_bound: int = QUEUE_BOUND, room_wait: float = ROOM_WAIT_SECONDS,
                 on_taken: OnTaken | None = None, on_notice: OnNotice | None = None) -> None:
        super().__init__()
        self.show_id = show_id
        self._specs = [check_chat_spec(spec) for spec in specs]  # a bad spec fails before anything starts
        self._token = token
        self._queue = DeskQueue(queue_bound)
        self._desk = DeskWorker(database, show_id, self._queue, on_taken, on_notice)
        self._desk.watch(self._desk_changed)
        self._intake = DeskIntake(self._queue, room_wait)
        self._connectors: list[tuple[str, Connector]] = []
        self._failures: dict[str, str] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    def stop(self, timeout: float = 15.0) -> None:
        super().stop(timeout)

    @property
    def orders(self) -> int:
        return self._desk.orders

    @property
    def stats(self) -> ChatStats:
        return ChatStats(self._desk.messages, self._desk.orders, len(self._queue), self._intake.waits,
                         self._intake.waited_seconds, self._intake.dropped, self._desk.unstored)

    def connectors(self) -> list[ConnectorStatus]:
        """Each connector's label, state and typed health (empty until the floor is RUNNING)."""
        return [self._status_of(label, connector) for label, connector in self._connectors]

    def status_line(self) -> str:
        """chat twitch:#shop connected · rehearsal 120 sent · 340 messages, 12 orders"""
        parts = [f"{status.label} {status.state}" for status in self.connectors()]
        if self.health.failed or not parts:
            parts.insert(0, self.health.text())
        return f"chat {' · '.join(parts)} · {_figures(self.stats)}"

    def send_reply(self, outgoing: Outgoing) -> SendResult:
        """From any thread but the floor's: the message through the connector of its chat (an
        ingest bridge first: it names the chats it brought), waiting for it at most REPLY_SECONDS."""
        loop, route = self._loop, outgoing.route
        if loop is None or self.health.state is not PartState.RUNNING:
            return Retry(f"chat is {self.health.text()}", NOT_RUNNING_RETRY)
        ordered = sorted((connector for _, connector in self._connectors),
                         key=lambda connector: not isinstance(connector, IngestServer))
        connector = next((connector for connector in ordered if connector.replies_to(route)), None)
        if connector is None:
            return Refused(f"no chat connector of this show reaches {route}")
        try:
            future = asyncio.run_coroutine_threadsafe(connector.reply(route, outgoing.text, outgoing.names), loop)
        except RuntimeError:  # the loop has closed
            return Retry("chat has stopped", NOT_RUNNING_RETRY)
        try:
            return future.result(REPLY_SECONDS)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return Retry(f"the chat did not take the reply within {REPLY_SECONDS:g} s", NOT_RUNNING_RETRY,
                         reached=True)
        except concurrent.futures.CancelledError:
            return Retry("chat has stopped", NOT_RUNNING_RETRY)

    def _status_of(self, label: str, connector: Connector) -> ConnectorStatus:
        failure = self._failures.get(label)
        if failure is not None:
            return ConnectorStatus(label, f"failed: {failure}", Health(PartState.FAILED, failure))
        return ConnectorStatus(label, connector.state, getattr(connector, "health", None))

    def _run(self) -> None:
        self._desk.start()
        try:
            if self._desk_ready():
                loop = asyncio.new_event_loop()
                try:
                    loop.run_until_complete(self._serve())
                finally:
                    self._queue.on_room = None
                    loop.close()
        finally:
            # after the connectors: it stores what they queued before it ends (or gives up on a held store)
            self._desk.stop(DESK_STOP_SECONDS)

    def _desk_ready(self) -> bool:
        while not self._desk.wait_loaded(DESK_POLL_SECONDS):
            if self._should_stop():
                return False
        return not self._desk.health.failed and not self._should_stop()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._intake.attach(self._loop)
        self._connectors = [(_label(spec), make_connector(spec, self._intake.deliver, self._desk.products, self._token,
                                                          on_removed=self._queue.add_removal,
                                                          prompter=self._desk.cues))
                            for spec in self._specs]
        if self._should_stop():  # asked before the loop could hear it
            return
        self._set_health(Health(PartState.RUNNING))
        await asyncio.gather(*(self._guarded(label, connector) for label, connector in self._connectors))
        if not self._should_stop():
            failures = "; ".join(f"{label} failed: {reason}" for label, reason in self._failures.items())
            self._fail(f"every chat connector has stopped{': ' if failures else ''}{failures}")

    async def _guarded(self, label: str, connector: Connector) -> None:
        assert self._stop is not None
        try:
            await connector.run(self._stop)
        except Exception as error:  # one connector's end is not the show's
            self._failures[label] = str(error) or type(error).__name__
            log.warning("chat %s stopped: %s", label, error)

    def _wake(self) -> None:
        self._end_loop()

    def _end_loop(self) -> None:
        """From any thread: the connectors stop, and any waiting for room in the desk's queue."""
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._stop_connectors)
        except RuntimeError:  # the loop has closed already
            pass

    def _stop_connectors(self) -> None:
        assert self._stop is not None
        self._stop.set()
        self._intake.close()

    def _desk_changed(self, _part: str, health: Health) -> None:
        """The desk's thread ended in failure: nothing the connectors read could be stored."""
        if health.failed:
            self._fail(f"the chat desk failed: {health.reason}")
            self._end_loop()


def _figures(stats: ChatStats) -> str:
    """340 messages, 12 orders, 80 queued, 3 waited for room (1.2 s), 5 DROPPED (...), 1 NOT STORED (...)"""
    words = [f"{stats.messages} messages", f"{stats.orders} orders"]
    if stats.queued:
        words.append(f"{stats.queued} queued")
    if stats.waits:
        words.append(f"{stats.waits} waited for room ({stats.waited_seconds:.1f} s)")
    if stats.dropped:
        words.append(f"{stats.dropped} DROPPED (the desk fell behind; the log says when)")
    if stats.unstored:
        words.append(f"{stats.unstored} NOT STORED (the log says why)")
    return ", ".join(words)


def _label(spec: str) -> str:
    """The spec as the status line names it, without any user:password@ or ?query a user may have typed."""
    return re.sub(r"//[^/@]*@", "//", spec.split("?", 1)[0])
