"""The Chat tab: every message as it arrives, following the newest unless the presenter scrolled
up to read. Right-click a message to block its author, or one of its words."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from studio.commerce.chat_feed import ChatLine
from studio.commerce.moderation import BLOCKED_USERS, BLOCKED_WORDS, block
from studio.placeholders import fill
from ui.live_panel.chat_model import AUTHOR, MESSAGE, TIME, ChatModel
from ui.live_panel.store_reader import Request
from ui.live_panel.tables import make_table

MAX_WORDS = 12  # words offered to block, from one message
_WORD = re.compile(r"\w[\w'’-]*")


def words_of(text: str) -> list[str]:
    """The distinct words of a message (two letters or more), in order, at most MAX_WORDS."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        if len(word) > 1:
            seen.setdefault(word.lower(), None)
    return list(seen)[:MAX_WORDS]


class ChatTab(QWidget):
    def __init__(self, model: ChatModel, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._request = request
        self.table = make_table(model, MESSAGE, self)
        for column, width in ((TIME, 70), (AUTHOR, 120)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self._following = True
        model.rowsAboutToBeInserted.connect(self._note_position)
        model.rowsInserted.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def menu_for(self, row: int) -> QMenu:
        """The menu a right-click on `row` opens."""
        line = self.model.line(row)
        menu = QMenu(self)
        user = menu.addAction(fill(self.tr("Block user “%1”"), line.author_name))
        user.triggered.connect(lambda: self._block_user(line))
        words = menu.addMenu(self.tr("Block word"))
        for word in words_of(line.text):
            words.addAction(word).triggered.connect(lambda _=False, word=word: self._block_word(word))
        words.setEnabled(not words.isEmpty())
        return menu

    def _show_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.menu_for(index.row()).exec(self.table.viewport().mapToGlobal(position))

    def _block_user(self, line: ChatLine) -> None:
        author = line.author_id  # names change and repeat; the platform's id does not
        self._request(fill(self.tr("Blocking %1"), line.author_name), lambda db: block(db, BLOCKED_USERS, author))

    def _block_word(self, word: str) -> None:
        self._request(fill(self.tr("Blocking “%1”"), word), lambda db: block(db, BLOCKED_WORDS, word))

    def _note_position(self) -> None:
        bar = self.table.verticalScrollBar()
        self._following = bar.value() >= bar.maximum()

    def _follow(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._following:
            self.table.scrollToBottom()
