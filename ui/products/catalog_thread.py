"""The Products dock's one way to the store: a thread with its own connection that reads the
catalog and runs the dock's writes in order, and hands results to the GUI thread with a queued
signal. Of several searches waiting, only the latest is read."""

from __future__ import annotations

import logging
import queue
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from sqlite_utils import Database

from media.worker import Worker
from studio.catalog_edits import CatalogEditError
from studio.commerce.flash_sales import FlashSaleError
from studio.shows import ShowError
from studio.storage import open_database
from ui.products.catalog_snapshot import CatalogSnapshot, ThumbnailCache, catalog_fingerprint, read_snapshot
from ui.refusals import reason_text

log = logging.getLogger(__name__)

Write = Callable[[Database], str]  # does one thing to the store; returns what to tell the user
REFUSALS = (CatalogEditError, FlashSaleError, ShowError, ValueError)


@dataclass(frozen=True)
class Load:
    search: str
    show_id: int | None
    generation: int


@dataclass(frozen=True)
class Look:
    """Reload only if the catalog, its stock or the pin moved since the last load."""

    show_id: int | None


@dataclass(frozen=True)
class Change:
    write: Write
    ticket: int


@dataclass(frozen=True)
class Written:
    ticket: int
    message: str  # what happened, in the user's words
    refused: str | None = None  # why it did not happen


class _Thread(Worker):
    thread_name = "products-catalog"

    def __init__(self, database: Path, deliver: Callable[[object], None], latest: Callable[[], int]) -> None:
        super().__init__()
        self._database, self._deliver, self._latest = database, deliver, latest
        self.jobs: queue.Queue[Load | Look | Change | None] = queue.Queue()
        self._thumbnails = ThumbnailCache()
        self._fingerprint: tuple[int, ...] = ()
        self._last_load: Load | None = None

    def _wake(self) -> None:
        self.jobs.put(None)

    def _run(self) -> None:
        db = open_database(self._database)
        try:
            while not self._should_stop():
                job = self.jobs.get()
                if job is None or self._should_stop():
                    continue
                try:
                    self._do(db, job)
                except Exception as error:  # a bug in one job must not leave the dock without its thread
                    log.exception("the products dock's %s failed", type(job).__name__)
                    self._deliver(Written(job.ticket if isinstance(job, Change) else 0, "", QCoreApplication.translate("CatalogThread", "This failed: %1").replace("%1", reason_text(error))))
        finally:
            db.conn.close()

    def _do(self, db: Database, job: Load | Look | Change) -> None:
        if isinstance(job, Change):
            self._deliver(self._write(db, job))
        elif isinstance(job, Look):
            last = self._last_load
            if last is not None and last.generation == self._latest() and \
                    catalog_fingerprint(db, job.show_id) != self._fingerprint:
                self._load(db, Load(last.search, job.show_id, last.generation))
        elif job.generation >= self._latest():  # a newer search is waiting: this one is not read
            self._load(db, job)

    def _load(self, db: Database, job: Load) -> None:
        self._last_load = job
        try:
            snapshot = read_snapshot(db, job.search, job.show_id, self._thumbnails, job.generation)
        except sqlite3.Error as error:
            log.exception("reading the catalog failed")
            self._deliver(Written(0, "", QCoreApplication.translate("CatalogThread", "The catalog cannot be read: %1").replace("%1", str(error))))
            return
        self._fingerprint = snapshot.fingerprint
        self._deliver(snapshot)

    @staticmethod
    def _write(db: Database, job: Change) -> Written:
        try:
            return Written(job.ticket, job.write(db))
        except REFUSALS as error:
            return Written(job.ticket, "", reason_text(error))
        except sqlite3.Error as error:
            log.exception("a catalog write failed")
            return Written(job.ticket, "", QCoreApplication.translate("CatalogThread", "The store refused it: %1").replace("%1", str(error)))


class CatalogThread(QObject):
    """`load(search)`, `look()` and `change(write)` from the GUI thread; `loaded` and `written`
    arrive on it."""

    loaded = Signal(object)  # CatalogSnapshot
    written = Signal(object)  # Written
    _delivered = Signal(object)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._tickets = 0
        self._delivered.connect(self._hand_over, Qt.ConnectionType.QueuedConnection)
        self._thread = _Thread(database, self._delivered.emit, lambda: self._generation)
        self._thread.start()

    def load(self, search: str, show_id: int | None) -> int:
        self._generation += 1
        self._thread.jobs.put(Load(search, show_id, self._generation))
        return self._generation

    def look(self, show_id: int | None) -> None:
        self._thread.jobs.put(Look(show_id))

    def change(self, write: Write) -> int:
        self._tickets += 1
        self._thread.jobs.put(Change(write, self._tickets))
        return self._tickets

    def stop(self) -> None:
        self._thread.stop()

    @Slot(object)
    def _hand_over(self, result: object) -> None:
        if isinstance(result, CatalogSnapshot):
            if result.generation == self._generation:
                self.loaded.emit(result)
        else:
            self.written.emit(result)
