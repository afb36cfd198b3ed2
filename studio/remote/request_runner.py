"""The thread remote requests run on, one after another, with a store connection of its own:
the server's event loop never waits on SQLite or on the show. Between requests it watches the
store for the pinned product changing."""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from media.health import Health, PartState
from media.worker import Worker
from studio.storage import open_database

log = logging.getLogger(__name__)

Job = Callable[[Database], None]
WAITING_JOBS = 1000  # beyond this the studio is swamped: a request is answered NotReady
IDLE_SECONDS = 0.5


class RequestRunner(Worker):
    thread_name = "remote-requests"

    def __init__(self, database: Path, on_idle: Job) -> None:
        super().__init__()
        self._database, self._on_idle = database, on_idle
        self._jobs: queue.Queue[Job] = queue.Queue(WAITING_JOBS)

    def submit(self, job: Job) -> bool:
        """Queues `job` (it must catch its own errors); False when too many wait already."""
        try:
            self._jobs.put_nowait(job)
        except queue.Full:
            return False
        return True

    def _wake(self) -> None:
        self.submit(lambda _: None)

    def _run(self) -> None:
        db = open_database(self._database)
        self._set_health(Health(PartState.RUNNING))
        idle_due = time.monotonic()
        try:
            while not self._should_stop():
                try:
                    job = self._jobs.get(timeout=max(0.0, idle_due - time.monotonic()))
                    job(db)
                except queue.Empty:
                    pass
                if time.monotonic() >= idle_due:
                    self._idle(db)
                    idle_due = time.monotonic() + IDLE_SECONDS
        finally:
            db.conn.close()

    def _idle(self, db: Database) -> None:
        try:
            self._on_idle(db)
        except Exception:
            log.exception("remote control: watching the store failed")
