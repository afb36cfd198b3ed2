"""The live panel's one worker: it follows the show the window has open, reads what changed in
its store (woken by the show's events, and a few times a second by `PRAGMA data_version`,
since other processes write too), and does the panel's writes, each followed by a read.

It has its own connection; the GUI thread never waits for it. Batches and the outcome of each
write go to callbacks on this thread: the panel turns them into queued Qt signals."""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from media.health import Health, PartState
from media.worker import Worker
from studio.placeholders import fill
from studio.storage import open_database
from ui.live_panel.live_batch import LiveBatch
from ui.live_panel.show_cursor import ShowCursor
from ui.refusals import reason_text

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25  # how often other processes' writes are looked for
MIN_READ_SECONDS = 0.15  # batches reach the GUI at most about seven times a second; an order waits at most this long

Write = Callable[[Database], None]
Request = Callable[[str, Write], None]  # how a tab asks for a write: (what it does, in words; the write)
Acted = Callable[[int, str], None]  # (generation, "" or why the write was refused)


@dataclass(frozen=True)
class _Target:
    database: Path
    show_id: int
    generation: int


class StoreReader(Worker):
    thread_name = "live-panel-reader"

    def __init__(self, deliver: Callable[[LiveBatch], None], acted: Acted) -> None:
        super().__init__()
        self._deliver, self._acted = deliver, acted
        self._lock = threading.Lock()
        self._wanted: _Target | None = None
        self._generation = 0
        self._wakeup = threading.Event()
        self._poked = False
        self._writes: queue.SimpleQueue[tuple[int, str, Write]] = queue.SimpleQueue()
        self._db: Database | None = None
        self._cursor: ShowCursor | None = None
        self._data_version = -1
        self._read_at = float("-inf")

    # From the GUI thread: each returns at once

    def follow(self, database: Path | None, show_id: int = 0) -> int:
        """Reads this show's store from now on (none: stops reading). Returns the generation its batches carry."""
        with self._lock:
            self._generation += 1
            self._wanted = _Target(database, show_id, self._generation) if database is not None else None
            generation = self._generation
        self.poke()
        return generation

    def poke(self) -> None:
        """Something changed (an order, a question, chat): read soon, without waiting for the poll."""
        self._poked = True
        self._wakeup.set()

    def write(self, generation: int, what: str, write: Write) -> None:
        """Runs `write` on the store of the show followed at `generation` (if it is still followed), then reads."""
        self._writes.put((generation, what, write))
        self.poke()

    # On the worker's thread

    def _wake(self) -> None:
        self._wakeup.set()

    def _run(self) -> None:
        self._set_health(Health(PartState.RUNNING))
        try:
            while not self._should_stop():
                self._wakeup.wait(POLL_SECONDS)
                self._wakeup.clear()
                if not self._should_stop():
                    self._step()
        finally:
            self._close()

    def _step(self) -> None:
        try:
            self._follow_wanted()
            if self._db is None or self._cursor is None:
                return
            wrote = self._do_writes(self._cursor.generation)
            if self._changed() or wrote:
                self._read(self._cursor)
        except (sqlite3.Error, OSError) as error:  # tried again at the next poll
            self._fail(fill(QCoreApplication.translate("StoreReader", "Cannot read the show's store: %1"), str(error)))

    def _follow_wanted(self) -> None:
        with self._lock:
            wanted = self._wanted
        current = self._cursor.generation if self._cursor is not None else None
        if wanted is None and self._db is not None:
            self._close()
        if wanted is None or wanted.generation == current:
            return
        self._close()
        self._db = open_database(wanted.database)
        self._cursor = ShowCursor(wanted.show_id, wanted.generation)
        self._poked = True

    def _changed(self) -> bool:
        assert self._db is not None
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        poked, self._poked = self._poked, False
        changed, self._data_version = version != self._data_version, version
        return poked or changed

    def _read(self, cursor: ShowCursor) -> None:
        wait = MIN_READ_SECONDS - (time.monotonic() - self._read_at)
        if wait > 0 and self._should_stop(wait):
            return
        assert self._db is not None
        self._read_at = time.monotonic()
        batch = cursor.read(self._db)
        self._set_health(Health(PartState.RUNNING))
        if batch is not None and not self._should_stop():
            self._deliver(batch)

    def _do_writes(self, generation: int) -> bool:
        wrote = False
        while True:
            try:
                wanted, what, write = self._writes.get_nowait()
            except queue.Empty:
                return wrote
            if wanted == generation:
                self._acted(generation, self._refusal(what, write))
                wrote = True

    def _refusal(self, what: str, write: Write) -> str:
        """"" when the write went through, else why not, in words a presenter reads."""
        assert self._db is not None
        try:
            write(self._db)
        except ValueError as error:  # the shop's rules said no: an order already cancelled, an empty word
            return reason_text(error)
        except sqlite3.Error as error:
            log.warning("%s failed: %s", what, error)
            return fill(QCoreApplication.translate("StoreReader", "%1 failed: %2"), what, str(error))
        except Exception:  # a bug must not end the panel's reading
            log.exception("%s failed", what)
            return fill(QCoreApplication.translate("StoreReader", "%1 failed (the log says why)"), what)
        return ""

    def _close(self) -> None:
        if self._db is not None:
            self._db.conn.close()
        self._db, self._cursor, self._data_version = None, None, -1
