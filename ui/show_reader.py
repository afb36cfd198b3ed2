"""Reads one thing of the open show from its store a few times a second while its panel is
visible, on a worker, and hands it to the panel on the GUI thread (a poll's votes, a giveaway's
entries). The panel's own writes go through the same jobs, so a read given after a write sees it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from ui.show_bridge import ShowBridge
from ui.store_jobs import StoreJobs

REFRESH_MS = 250


class ShowReader(QObject):
    def __init__(self, name: str, bridge: ShowBridge, read: Callable[[Database, int], Any],
                 shown: Callable[[Any], None], parent: QObject | None = None) -> None:
        """`read(db, show_id)` runs on the worker; `shown(what it read)` on the GUI thread, and
        `shown(None)` when the show changes."""
        super().__init__(parent)
        self._bridge = bridge
        self._read = read
        self._shown = shown
        self.jobs = StoreJobs(name, self)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._tick)

    @property
    def show_id(self) -> int | None:
        show = self._bridge.show
        return show.show_id if show is not None else None

    def follow(self, database: Path | None) -> None:
        """Follows the show whose store is `database` (None: no show is open)."""
        self.jobs.use(database)
        self._shown(None)
        if database is None:
            self.timer.stop()
            return
        self.timer.start()
        self.refresh()

    def _tick(self) -> None:
        panel = self.parent()
        if not isinstance(panel, QWidget) or panel.isVisible():  # a tab behind another reads once it is shown
            self.refresh()

    def refresh(self) -> None:
        show_id = self.show_id
        if show_id is not None and not self.jobs.busy:
            self.jobs.run(lambda db: self._read(db, show_id), self._shown)
