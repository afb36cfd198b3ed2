"""The connectors' side of the chat desk's queue, on their asyncio loop: it only queues, never
touches SQLite. When the queue is full the connector waits for room (which slows its reading,
and TCP pushes back on the sender) for up to `room_wait` seconds. A message that finds no room
in that time is dropped, counted and logged, and so is every message after it until the queue
has room again: a desk that is far behind must not stop the connectors answering PINGs."""

from __future__ import annotations

import asyncio
import logging
import time

from studio.chat.desk_queue import DeskQueue
from studio.chat.message import ChatMessage

log = logging.getLogger(__name__)


class DeskIntake:
    def __init__(self, queue: DeskQueue, room_wait: float) -> None:
        self._queue, self._room_wait = queue, room_wait
        self.waits = 0  # messages that found the queue full and waited for room
        self.waited_seconds = 0.0
        self.dropped = 0
        self._dropping_since: int | None = None  # the drop count when the current run of drops began
        self._room: asyncio.Event | None = None
        self._closed = False

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Called on the loop before any connector runs: the desk's thread wakes waiters through it."""
        room = self._room = asyncio.Event()

        def has_room() -> None:
            try:
                loop.call_soon_threadsafe(room.set)
            except RuntimeError:  # the loop has closed: nobody is waiting
                pass

        self._queue.on_room = has_room

    def close(self) -> None:
        """On the loop, as the show's chat stops: a connector waiting for room waits no more."""
        self._closed = True
        if self._room is not None:
            self._room.set()

    async def deliver(self, message: ChatMessage) -> None:
        if self._queue.offer(message):
            self._caught_up()
            return
        if self._dropping_since is not None:
            self._drop(message)
            return
        self.waits += 1
        started = time.monotonic()
        try:
            queued = await self._wait_for_room(message, started + self._room_wait)
        finally:
            self.waited_seconds += time.monotonic() - started
        if queued:
            self._caught_up()
            return
        if self._closed:  # arrived as the chat stopped
            self._drop(message)
            return
        self._dropping_since = self.dropped
        log.error("the chat desk is behind (%d messages waiting): dropping chat messages until it has room",
                  len(self._queue))
        self._drop(message)

    async def _wait_for_room(self, message: ChatMessage, deadline: float) -> bool:
        assert self._room is not None, "attach() first"
        while not self._closed:
            self._room.clear()
            if self._queue.offer(message):
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            try:
                await asyncio.wait_for(self._room.wait(), left)
            except TimeoutError:
                pass
        return False

    def _drop(self, message: ChatMessage) -> None:
        self.dropped += 1
        log.debug("dropped a %s chat message (%s)", message.platform, message.message_id or "no id")

    def _caught_up(self) -> None:
        if self._dropping_since is not None:
            log.warning("the chat desk has room again; %d chat messages were dropped",
                        self.dropped - self._dropping_since)
            self._dropping_since = None
