"""Start a poll (a question and 2 to 4 options), watch its votes come in, close it. The
results are read again a few times a second on a worker; the stream's poll graphic is the
director's, which follows the same store."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from overlays.poll import percentages
from studio.commerce.polls import LETTERS, PollError, PollResult, close_poll, latest_poll, open_polls, results, start_poll
from studio.overlay_views import poll_view
from ui.plain_label import error_label, plain_label
from ui.show_bridge import ShowBridge
from ui.show_reader import ShowReader
from ui.store_jobs import failure_text

OPTIONS = 4  # typed here; a poll started elsewhere may have up to len(LETTERS)


@dataclass(frozen=True)
class PollState:
    poll_id: int
    result: PollResult
    taking_votes: bool


def read_poll(db: Database, show_id: int) -> PollState | None:
    """The show's newest poll, or None before its first."""
    try:
        poll_id = latest_poll(db, show_id)
    except PollError:
        return None
    taking = any(open_id == poll_id for open_id, _options in open_polls(db, show_id, time.time()))
    return PollState(poll_id, results(db, poll_id), taking)


class PollPanel(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = ShowReader("poll-store", bridge, read_poll, self._show_state, self)
        self.jobs = self.reader.jobs
        self.state: PollState | None = None
        self._build_form()
        self._build_results()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addLayout(self._results)
        layout.addStretch()

    def _build_form(self) -> None:
        self.question = QLineEdit(self, placeholderText=self.tr("Which colour should we show next?"))
        self.options = [QLineEdit(self) for _ in range(OPTIONS)]
        self.minutes = QDoubleSpinBox(self, decimals=1, minimum=0.5, maximum=24 * 60, value=2.0)
        self.minutes.setSuffix(self.tr(" min"))
        self.start = QPushButton(self.tr("Start poll"), self)
        self.start.clicked.connect(self.start_poll)
        self._form = QFormLayout()
        self._form.addRow(self.tr("Question"), self.question)
        for number, field in enumerate(self.options, start=1):
            field.setPlaceholderText(self.tr("Optional") if number > 2 else "")
            self._form.addRow(self.tr("Option %1").replace("%1", str(number)), field)
        self._form.addRow(self.tr("Open for"), self.minutes)
        self._form.addRow("", self.start)
        self.error = error_label(self)

    def _build_results(self) -> None:
        self.title = plain_label(self)
        self.status = plain_label(self)
        self.rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        self._results = QGridLayout()
        self._results.addWidget(self.title, 0, 0, 1, 3)
        for row in range(len(LETTERS)):
            widgets = (plain_label(self), QProgressBar(self, textVisible=False), plain_label(self))
            for column, widget in enumerate(widgets):
                self._results.addWidget(widget, row + 1, column)
                widget.hide()
            self.rows.append(widgets)
        self.close_button = QPushButton(self.tr("Close poll"), self)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_poll)
        self._results.addWidget(self.status, len(LETTERS) + 1, 0, 1, 2)
        self._results.addWidget(self.close_button, len(LETTERS) + 1, 2)

    # Following the show

    def follow(self, database: Path | None) -> None:
        """Follows the show whose store is `database` (None: no show is open)."""
        self.setEnabled(database is not None)
        self.reader.follow(database)

    # Actions

    def start_poll(self) -> None:
        show_id, question, minutes = self.reader.show_id, self.question.text(), self.minutes.value()
        if show_id is None:
            return
        options = [field.text().strip() for field in self.options if field.text().strip()]
        self.error.clear()
        self.jobs.run(lambda db: start_poll(db, show_id, question.strip(), options, minutes),
                       lambda _poll: self._started(), self._failed)

    def close_poll(self) -> None:
        if self.state is not None:
            poll_id = self.state.poll_id
            self.jobs.run(lambda db: close_poll(db, poll_id), lambda _none: self.reader.refresh(), self._failed)

    def _started(self) -> None:
        for field in (self.question, *self.options):
            field.clear()
        self.reader.refresh()

    def _failed(self, error: Exception) -> None:
        self.error.setText(failure_text(error, PollError))

    # What is shown

    def _show_state(self, state: PollState | None) -> None:
        self.state = state
        self.close_button.setEnabled(state is not None and state.taking_votes)
        if state is None:
            self.title.setText(self.tr("No poll yet in this show."))
            self.status.clear()
            for widgets in self.rows:
                for widget in widgets:
                    widget.hide()
            return
        result = state.result
        self.title.setText(result.question)
        view = poll_view(result.question, result.options, result.votes)
        for index, (name, bar, count) in enumerate(self.rows):
            shown = index < len(view.options)
            for widget in (name, bar, count):
                widget.setVisible(shown)
            if shown:
                option, share = view.options[index], percentages(view.options)[index]
                name.setText(f"{option.key}. {option.label}")
                bar.setValue(share)
                count.setText(self.tr("%n votes", "", option.votes) + f" · {share}%")
        total = sum(result.votes)
        self.status.setText((self.tr("Taking votes") if state.taking_votes else self.tr("Closed")) + " · "
                            + self.tr("%n votes in all", "", total))

