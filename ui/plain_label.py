"""A label for text from outside or from the store: shown as typed, never as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #d63031"


def plain_label(parent: QWidget, text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def error_label(parent: QWidget) -> QLabel:
    """Where a mistake the user made is said, next to what they typed."""
    label = plain_label(parent)
    label.setStyleSheet(ERROR_STYLE)
    return label
