"""The chat desk on a thread of its own with its own database connection: it opens the store,
reads the catalog, then takes what the connectors queued (studio/chat/desk_queue.py) one item
at a time. A store held by another writer (a long import, a VACUUM) is waited for here, a few
times, so the connectors' loop never waits on SQLite. While idle it keeps the catalog, the
settings and the rehearsal cues current, so a reload rarely lands in front of a message."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from media.health import Health, PartState
from media.worker import Worker
from studio.catalog import Product
from studio.chat.desk import ChatDesk, Taken
from studio.chat.desk_queue import DeskItem, DeskQueue
from studio.chat.rehearsal import Cues
from studio.chat.removal import Removal
from studio.replies.notice import BuyerNotice
from studio.storage import open_database

log = logging.getLogger(__name__)

STORE_RETRY_SECONDS = (0.5, 1.0, 2.0, 4.0)  # on top of the connection's own busy timeout
IDLE_SECONDS = 0.25  # how often an idle desk looks for changes in the store

OnTaken = Callable[[str, int, int | None], None]  # (kind, chat_messages row, order reserved), after commit
OnNotice = Callable[[BuyerNotice], None]  # what a buyer is to be told, after commit; must not wait
Written = TypeVar("Written")


class DeskWorker(Worker):
    thread_name = "chat-desk"

    def __init__(self, database: Path, show_id: int, queue: DeskQueue, on_taken: OnTaken | None = None,
                 on_notice: OnNotice | None = None) -> None:
        super().__init__()
        self._database, self._show_id, self._queue, self._on_taken = database, show_id, queue, on_taken
        self._on_notice = on_notice
        self._desk: ChatDesk | None = None
        self._loaded = threading.Event()
        self._cues = Cues()
        self.unstored = 0  # messages the store refused past every retry, or that tripped a bug

    @property
    def products(self) -> Sequence[Product]:
        """The catalog as the desk read it on opening (empty until `wait_loaded`)."""
        return self._desk.products if self._desk is not None else ()

    @property
    def messages(self) -> int:
        return self._desk.messages if self._desk is not None else 0

    @property
    def orders(self) -> int:
        return self._desk.orders if self._desk is not None else 0

    def cues(self) -> Cues:
        """What the show has open, as the desk last read it: for a rehearsal audience on the loop."""
        return self._cues

    def wait_loaded(self, timeout: float) -> bool:
        """True once the desk has opened the store and read the catalog, or failed to."""
        return self._loaded.wait(timeout)

    def _wake(self) -> None:
        self._queue.wake()

    def _run(self) -> None:
        try:
            db, self._desk = self._open()
        except Exception as error:
            self._fail(f"cannot open the store {self._database}: {error or type(error).__name__}")
            return
        finally:
            self._loaded.set()
        try:
            self._set_health(Health(PartState.RUNNING))
            self._serve(self._desk)
        finally:
            db.conn.close()

    def _open(self) -> tuple[Database, ChatDesk]:
        db = open_database(self._database)
        try:
            desk = ChatDesk(db, self._show_id)
            self._cues = desk.cues()
            return db, desk
        except BaseException:
            db.conn.close()
            raise

    def _serve(self, desk: ChatDesk) -> None:
        """Until stopped and everything queued is taken (or the store refuses it as the show stops)."""
        while True:
            item = self._queue.take(IDLE_SECONDS)
            if item is None:
                if self._should_stop():
                    return
            elif not self._handle(desk, item) and self._should_stop():
                self._give_up_the_rest()
                return
            self._keep_current(desk)

    def _handle(self, desk: ChatDesk, item: DeskItem) -> bool:
        """Takes one item; False when it could not be stored."""
        if isinstance(item, Removal):
            return self._patiently(lambda: desk.remove(item), f"a {item.platform} moderator's removal") is not None
        taken = self._patiently(lambda: desk.take(item), f"a {item.platform} chat message")
        if taken is None:
            self.unstored += 1
            return False
        self._tell(taken)
        return True

    def _patiently(self, write: Callable[[], Written], what: str) -> Written | None:
        """The write, tried again while the store is busy: after each of STORE_RETRY_SECONDS,
        or once more when the show is stopping. None when it could not be made (logged)."""
        for attempt, wait in enumerate((*STORE_RETRY_SECONDS, None), start=1):
            try:
                return write()
            except sqlite3.OperationalError as error:
                if wait is None or self._should_stop():
                    log.error("%s could not be stored: %s", what, error)
                    return None
                log.warning("the store is busy (%s); trying again in %.1f s (attempt %d)", error, wait, attempt)
                self._should_stop(wait)
            except Exception:  # one message that trips a bug must not end the show's chat
                log.exception("%s could not be taken", what)
                return None
        return None

    def _tell(self, taken: Taken) -> None:
        try:
            if self._on_notice is not None and taken.notice is not None:
                self._on_notice(taken.notice)
            if self._on_taken is not None:
                self._on_taken(taken.kind, taken.message_id, taken.order_id)
        except Exception:  # a driver's bug must not end the chat desk
            log.exception("a listener of taken chat messages failed")

    def _give_up_the_rest(self) -> None:
        """The show is stopping and the store is held: what is still queued is counted, not waited for."""
        left = 0
        while (item := self._queue.take(0)) is not None:
            left += not isinstance(item, Removal)
        if left:
            self.unstored += left
            log.error("%d chat messages still queued as the show stopped were not stored: the store is held", left)

    def _keep_current(self, desk: ChatDesk) -> None:
        try:
            desk.refresh()
            self._cues = desk.cues()
        except sqlite3.Error as error:
            log.warning("the chat desk could not re-read the store: %s", error)
