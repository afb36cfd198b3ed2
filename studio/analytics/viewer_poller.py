"""The live viewer count of one platform, asked once a minute while the show runs, on a thread
of its own with its own store connection; each answer is a stored sample. A platform that does
not answer is asked again at the next minute (its health says why); one that refused the key
or token is not asked again this show."""

from __future__ import annotations

import logging
from pathlib import Path

from media.health import Health, PartState, retrying
from media.worker import Worker
from studio.analytics.viewer_sources import ViewerCountError, ViewerSource
from studio.analytics.viewers import ViewerState, record_sample
from studio.storage import open_database

log = logging.getLogger(__name__)

POLL_SECONDS = 60.0
_SAID = {ViewerState.LIVE: "", ViewerState.HIDDEN: "the channel hides its viewer count",
         ViewerState.OFFLINE: "not live there"}


class ViewerPoller(Worker):
    def __init__(self, database: Path, show_id: int, source: ViewerSource, interval: float = POLL_SECONDS) -> None:
        super().__init__()
        self.thread_name = f"viewers-{source.platform}"
        self._database, self._show_id, self._source, self._interval = database, show_id, source, interval
        self._failures = 0
        self.samples = 0

    @property
    def part_name(self) -> str:
        return f"{self._source.platform} viewers"

    def _run(self) -> None:
        db = open_database(self._database)
        try:
            while not self._should_stop():
                try:
                    sample = self._source.count()
                except ViewerCountError as error:
                    if error.permanent:
                        self._fail(str(error))
                        return
                    self._failures += 1
                    self._set_health(retrying(str(error), self._failures, self._interval))
                else:
                    self._failures = 0
                    record_sample(db, self._show_id, sample)
                    self.samples += 1
                    self._set_health(Health(PartState.RUNNING, _SAID[sample.state]))
                if self._should_stop(self._interval):
                    return
        finally:
            db.conn.close()
