"""The dialog an unexpected error opens: what happened in a sentence, the details (a traceback,
its secrets already masked) folded below, "Copy details" for a bug report, and where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.plain_label import plain_label


class ErrorDialog(QDialog):
    def __init__(self, what: str, details: str, report: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.summary = plain_label(self, self.tr("The show keeps running. What happened:\n{what}").format(what=what))
        where = (self.tr("The details are saved in {file}, with everything a bug report needs.").format(file=report)
                 if report is not None else self.tr("The details are in the log, with everything a bug report needs."))
        self.where = plain_label(self, where)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_details = QPushButton(self.tr("Show details"), self)
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self.details.setVisible)
        self.copy = QPushButton(self.tr("Copy details"), self)
        self.copy.clicked.connect(self.copy_details)
        self.buttons.addButton(self.show_details, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.where)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.summary.text()

    def detailed_text(self) -> str:
        return self.details.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.text() + "\n\n" + self.details.toPlainText())
        self.copy.setText(self.tr("Copied"))

