"""Start a giveaway (a prize, the keyword viewers type, how long it takes entries), draw the
winner, and verify the draw by replaying its recorded seed. The entries are counted again a
few times a second on a worker."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio.commerce.giveaways import (
    Draw,
    GiveawayError,
    GiveawaySummary,
    draw_latest,
    latest_giveaway,
    start_giveaway,
    verify_draw,
)
from studio.placeholders import fill
from ui.plain_label import error_label, plain_label
from ui.show_bridge import ShowBridge
from ui.show_reader import ShowReader
from ui.store_jobs import failure_text


class GiveawayPanel(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = ShowReader("giveaway-store", bridge, latest_giveaway, self._show_state, self)
        self.jobs = self.reader.jobs
        self.state: GiveawaySummary | None = None
        self.prize = QLineEdit(self, placeholderText=self.tr("A linen tote bag"))
        self.keyword = QLineEdit(self, placeholderText=self.tr("WIN"))
        self.minutes = QDoubleSpinBox(self, decimals=1, minimum=0.5, maximum=24 * 60, value=5.0)
        self.minutes.setSuffix(self.tr(" min"))
        self.start = QPushButton(self.tr("Start giveaway"), self)
        self.start.clicked.connect(self.start_giveaway)
        form = QFormLayout()
        form.addRow(self.tr("Prize"), self.prize)
        form.addRow(self.tr("Keyword"), self.keyword)
        form.addRow(self.tr("Takes entries for"), self.minutes)
        form.addRow("", self.start)
        self.error = error_label(self)
        self.status = plain_label(self)
        self.outcome = plain_label(self)
        self.draw_button = QPushButton(self.tr("Draw the winner"), self)
        self.draw_button.clicked.connect(self.draw)
        self.verify_button = QPushButton(self.tr("Verify the draw"), self)
        self.verify_button.setToolTip(self.tr("Replay the draw from its recorded seed: the same winner must come out"))
        self.verify_button.clicked.connect(self.verify)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.error, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addStretch()

    def follow(self, database: Path | None) -> None:
        """Follows the show whose store is `database` (None: no show is open)."""
        self.setEnabled(database is not None)
        self.outcome.clear()
        self.reader.follow(database)

    # Actions

    def start_giveaway(self) -> None:
        show_id, keyword, minutes, prize = self.reader.show_id, self.keyword.text().strip(), self.minutes.value(), self.prize.text()
        if show_id is None:
            return
        self.error.clear()
        self.outcome.clear()
        self.jobs.run(lambda db: start_giveaway(db, show_id, keyword, minutes, prize=prize),
                       lambda _giveaway: self.reader.refresh(), self._failed)

    def draw(self) -> None:
        show_id = self.reader.show_id
        if show_id is not None:
            self.error.clear()
            self.jobs.run(lambda db: draw_latest(db, show_id)[1], self._drawn, self._failed)

    def verify(self) -> None:
        if self.state is not None:
            giveaway_id = self.state.giveaway_id
            self.error.clear()
            self.jobs.run(lambda db: verify_draw(db, giveaway_id), self._verified, self._failed)

    def _drawn(self, drawn: Draw) -> None:
        self.outcome.setText(fill(self.tr("%1 (%2) wins among %n entries. Seed: %3", "", drawn.entries),
                                  drawn.winner_name, drawn.platform, drawn.seed))
        self.reader.refresh()

    def _verified(self, replay: Draw) -> None:
        self.outcome.setText(fill(self.tr("Verified: seed %1 draws %2 again among %n entries.", "", replay.entries),
                                  replay.seed, replay.winner_name))

    def _failed(self, error: Exception) -> None:
        self.error.setText(failure_text(error, GiveawayError))

    # What is shown

    def _show_state(self, state: GiveawaySummary | None) -> None:
        self.state = state
        self.draw_button.setEnabled(state is not None and state.seed is None and state.entries > 0)
        self.verify_button.setEnabled(state is not None and state.seed is not None)
        if state is None:
            self.status.setText(self.tr("No giveaway yet in this show."))
            return
        entries = self.tr("%n entries", "", state.entries)
        if state.winner_name is not None:
            phase = self.tr("drawn: %1 won").replace("%1", state.winner_name)
        elif time.time() < state.closes_at:
            phase = self.tr("taking entries")
        else:
            phase = self.tr("closed: draw the winner")
        prize = f"{state.prize} · " if state.prize else ""
        self.status.setText(prize + self.tr("type %1").replace("%1", state.keyword) + f" · {entries} · {phase}")

