"""Asks for a name (a new scene's, a copy's, a new one for a scene) and keeps asking, with the
reason next to what was typed, until the store takes it or the user cancels."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ui.plain_label import error_label, plain_label


class NameDialog(QDialog):
    chosen = Signal(str)  # OK was pressed with this text: answer with `accept()` or `show_error()`

    def __init__(self, title: str, prompt: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = plain_label(self, prompt)
        self.error = error_label(self)
        self.field = QLineEdit(text, self)
        self.field.selectAll()
        self.field.textEdited.connect(lambda _text: self.error.clear())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)

    def _ok(self) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)  # until the store answers
        self.chosen.emit(self.field.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.buttons.setEnabled(True)
        self.field.setFocus()
