"""Store reads and writes off the GUI thread, for a dock.

Jobs run one at a time, in the order given, on a worker thread with its own connection; the
thread lives only while there are jobs. Each job's result (or its error) comes back on the GUI
thread through a queued signal. After `use()` switches to another store (a new show, a
rehearsal's copy), results of jobs given before are dropped: they belong to the old show."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from sqlite_utils import Database

from media.worker import Task
from studio.storage import open_database
from ui.refusals import reason_text

log = logging.getLogger(__name__)

Job = Callable[[Database], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


@dataclass(frozen=True)
class _Queued:
    generation: int
    database: Path
    job: Job
    done: Done
    failed: Failed


@dataclass(frozen=True)
class _Finished:
    queued: _Queued
    result: Any = None
    error: Exception | None = None


class StoreJobs(QObject):
    _finished = Signal(object)  # _Finished, from the worker thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._database: Path | None = None
        self._generation = 0
        self._queue: deque[_Queued] = deque()
        self._lock = threading.Lock()
        self._task: Task | None = None
        self._pending = 0  # given and not yet delivered, on the GUI thread
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def use(self, database: Path | None) -> None:
        """Later jobs run on `database` (None: none run until another is given)."""
        self._database = database
        self._generation += 1

    @property
    def busy(self) -> bool:
        """A job given is not back yet (a refresh timer skips a tick rather than pile jobs up)."""
        return self._pending > 0

    def run(self, job: Job, done: Done, failed: Failed | None = None) -> bool:
        """Runs `job(db)` off the GUI thread; `done(result)` or `failed(error)` follows on it.
        False (and nothing runs) while there is no store to run on."""
        if self._database is None:
            return False
        queued = _Queued(self._generation, self._database, job, done, failed or _log_failure)
        self._pending += 1
        with self._lock:
            self._queue.append(queued)
            if self._task is None:
                self._task = Task(self._name, self._drain)
                self._task.start()
        return True

    def wait(self, timeout: float = 10.0) -> None:
        """For quitting and tests: waits for the jobs given so far to finish."""
        with self._lock:
            task = self._task
        if task is not None:
            task.join(timeout)

    def _drain(self) -> None:
        connections: dict[Path, Database] = {}
        try:
            while (queued := self._next()) is not None:
                self._finished.emit(self._run_one(queued, connections))
        finally:
            for db in connections.values():
                db.conn.close()

    def _next(self) -> _Queued | None:
        with self._lock:
            if not self._queue:
                self._task = None
                return None
            return self._queue.popleft()

    @staticmethod
    def _run_one(queued: _Queued, connections: dict[Path, Database]) -> _Finished:
        try:
            if queued.database not in connections:
                connections[queued.database] = open_database(queued.database)
            return _Finished(queued, result=queued.job(connections[queued.database]))
        except Exception as error:  # the window stays up whatever the store says
            return _Finished(queued, error=error)

    @Slot(object)
    def _deliver(self, finished: _Finished) -> None:
        self._pending -= 1
        if finished.queued.generation != self._generation:
            return
        if finished.error is not None:
            finished.queued.failed(finished.error)
        else:
            finished.queued.done(finished.result)


def _log_failure(error: Exception) -> None:
    log.error("a store job failed: %s", error, exc_info=error)


def failure_text(error: Exception, *mistakes: type[Exception]) -> str:
    """What a user reads when a job fails: the store's own words for one of `mistakes` (a
    name taken, a keyword that cannot be), else that the store could not do it, and why."""
    if isinstance(error, mistakes):
        return reason_text(error)
    return QCoreApplication.translate("StoreJobs", "The store could not do it: %1").replace("%1", reason_text(error))
