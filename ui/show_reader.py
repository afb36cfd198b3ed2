"""Reads one thing of the open show from its store a few times a second while its panel is on
screen (not behind another dock's tab: the poll, giveaway and stats docks share one), on a worker, and hands it to the panel on the GUI thread (a poll's votes, a giveaway's
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
                 shown: Callable[[Any], None], parent: QObject | None = None, every_ms: int = REFRESH_MS) -> None:
        """`read(db, show_id)` runs on the worker every `every_ms`, and as soon as the panel comes
        into view; `shown(what it read)` on the GUI thread, and `shown(None)` when the show changes."""
        super().__init__(parent)
        self._bridge = bridge
        self._read = read
        self._shown = shown
        self.jobs = StoreJobs(name, self)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._ticks_a_read = max(1, round(every_ms / REFRESH_MS))
        self._ticks = 0
        self._in_view = False

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
        in_view = not isinstance(panel, QWidget) or on_screen(panel)
        came_into_view, self._in_view = in_view and not self._in_view, in_view
        self._ticks += 1
        if came_into_view or (in_view and self._ticks >= self._ticks_a_read):
            self._ticks = 0
            self.refresh()

    def refresh(self) -> None:
        show_id = self.show_id
        if show_id is not None and not self.jobs.busy:
            self.jobs.run(lambda db: self._read(db, show_id), self._shown)


def on_screen(widget: QWidget) -> bool:
    """Some of `widget` can be seen: shown, and not in a dock behind another dock's tab (that one
    counts as visible to Qt, but has nothing of itself on screen)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()
