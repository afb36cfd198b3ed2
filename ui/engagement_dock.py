"""The poll and giveaway controls, side by side in tabs: writes to the store that the show's
director follows (the poll and giveaway graphics), read back a few times a second on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from studio.live.show import LiveShow
from ui.giveaway_panel import GiveawayPanel
from ui.poll_panel import PollPanel
from ui.show_bridge import ShowBridge


class EngagementDock(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.poll = PollPanel(bridge, self)
        self.giveaway = GiveawayPanel(bridge, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.poll, self.tr("Poll"))
        self.tabs.addTab(self.giveaway, self.tr("Giveaway"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        bridge.show_changed.connect(self._show_changed)
        bridge.ended.connect(lambda *_ended: self._follow(None))
        self._show_changed(bridge.show)

    def _show_changed(self, show: LiveShow | None) -> None:
        self._follow(self._bridge.database if show is not None else None)

    def _follow(self, database: Path | None) -> None:
        self.poll.follow(database)
        self.giveaway.follow(database)

    def wait(self, timeout: float = 10.0) -> None:
        """For quitting and tests: the store jobs given so far are done."""
        self.poll.jobs.wait(timeout)
        self.giveaway.jobs.wait(timeout)
