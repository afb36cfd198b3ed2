"""The Questions tab: the questions waiting for the host, and what the host does with the one
selected: pin it, answer it, feature it on stream (beside the card), dismiss it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from studio.commerce.question_queue import set_question_state
from studio.placeholders import fill
from ui.live_panel.questions_model import AUTHOR, QUESTION, QuestionsModel
from ui.live_panel.store_reader import Request
from ui.live_panel.tables import make_table, selected_row


class QuestionsTab(QWidget):
    def __init__(self, model: QuestionsModel, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._request = request
        self.table = make_table(model, QUESTION, self)
        self.table.setColumnWidth(AUTHOR, 120)
        self.pin = QPushButton(self.tr("Pin"), self)
        self.answer = QPushButton(self.tr("Answer"), self)
        self.feature = QPushButton(self.tr("Feature on stream"), self)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        buttons = QHBoxLayout()
        for button, state in ((self.pin, "pinned"), (self.answer, "answered"), (self.feature, "featured"),
                              (self.dismiss, "dismissed")):
            button.clicked.connect(lambda _=False, state=state: self._set_state(state))
            buttons.addWidget(button)
        buttons.addStretch()
        self.table.selectionModel().selectionChanged.connect(self._enable)
        model.modelReset.connect(self._enable)
        model.rowsRemoved.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._enable()

    def _set_state(self, state: str) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        message_id = self.model.key(self.model.line(row))
        self._request(fill(self.tr("Changing question %1"), str(message_id)),
                      lambda db: set_question_state(db, message_id, state))

    def _enable(self) -> None:
        chosen = selected_row(self.table) is not None
        for button in (self.pin, self.answer, self.feature, self.dismiss):
            button.setEnabled(chosen)
