"""Every chat message the panel shows: time, platform, author, text, and what it was taken for
(a flagged comment says why). Plain text only. The model keeps the newest CHAT_ROWS; older ones
leave the model (the store keeps them)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from studio.commerce.chat_feed import ChatLine
from studio.placeholders import fill
from ui.live_panel.lines_model import LineTable
from ui.live_panel.show_cursor import CHAT_ROWS
from ui.refusals import reason_text

TIME, PLATFORM, AUTHOR, MESSAGE, TAKEN_AS = range(5)
FLAGGED_COLOUR = QColor("#d68a1f")
BUY_COLOUR = QColor("#2e9d5b")
INKS = {"flagged": FLAGGED_COLOUR, "buy": BUY_COLOUR}  # what a message was taken for, in colour


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as typed: Qt reads a tooltip that looks like HTML as HTML."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class ChatModel(LineTable):
    def __init__(self, capacity: int = CHAT_ROWS) -> None:
        super().__init__()
        self.capacity = capacity

    def headers(self) -> tuple[str, ...]:
        return self.tr("Time"), self.tr("Platform"), self.tr("Author"), self.tr("Message"), self.tr("Taken as")

    def clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def append(self, lines: list[ChatLine]) -> None:
        """Newer messages at the bottom; the oldest leave once there are more than `capacity`."""
        lines = lines[-self.capacity:]
        if not lines:
            return
        overflow = len(self._lines) + len(lines) - self.capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._lines[:overflow]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + len(lines) - 1)
        self._lines.extend(lines)
        self.endInsertRows()

    def value(self, row: int, column: int, role: int) -> Any:
        line = self._lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MESSAGE, TAKEN_AS):
            return plain_tooltip(self._text(line, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == TAKEN_AS:
            return INKS.get(line.kind)
        return None

    def _text(self, line: ChatLine, column: int) -> str:
        if column == TIME:
            return datetime.fromtimestamp(line.sent_at).strftime("%H:%M:%S")
        if column == PLATFORM:
            return line.platform
        if column == AUTHOR:
            return line.author_name
        if column == MESSAGE:
            return line.text
        return self.taken_as(line)

    def taken_as(self, line: ChatLine) -> str:
        """flagged: which Size? · buy: reserved · question · vote"""
        note = reason_text(line.reason) if line.reason is not None else line.note or ""
        if line.kind == "flagged":
            return fill(self.tr("flagged: %1"), note) if note else self.tr("flagged")
        if line.kind == "buy":
            outcome = {"reserved": self.tr("order reserved"), "waitlisted": self.tr("on the waitlist"),
                       "repeat": self.tr("repeated")}.get(note, note)
            return fill(self.tr("buy: %1"), outcome)
        if line.kind == "question":
            return self.tr("question")
        return {"vote": self.tr("poll vote"), "giveaway entry": self.tr("giveaway entry")}.get(note, note)
