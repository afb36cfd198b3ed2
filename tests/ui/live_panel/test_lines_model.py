"""The live panel's tables change line by line: a line that reads the same signals nothing, a
changed one is one row's change, new lines that fall together go in as one insert, and a line
whose place moved leaves its row for the new one (never a reset). A view reads a cell whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from studio.commerce.chat_feed import ChatLine
from studio.commerce.waiting_list import WaitLine
from ui.live_panel.chat_model import FLAGGED_COLOUR, MESSAGE, TAKEN_AS, ChatModel
from ui.live_panel.questions_model import QuestionsModel
from ui.live_panel.waitlist_model import WaitlistModel


class Signals:
    def __init__(self, model) -> None:
        self.changed: list[int] = []
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.resets = 0
        model.dataChanged.connect(lambda top, _bottom, _roles: self.changed.append(top.row()))
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _parent, first, last: self.removed.append((first, last)))
        model.modelReset.connect(lambda: setattr(self, "resets", self.resets + 1))


def states(model: QuestionsModel) -> list[tuple[int, str]]:
    return [(model.line(row)[0], model.index(row, 2).data()) for row in range(model.rowCount())]


def test_questions_change_in_place_and_new_ones_go_in_together(qtbot):
    model = QuestionsModel()
    model.replace_all([(1, "Ana", "a?", "open"), (2, "Bea", "b?", "open"), (5, "Eve", "e?", "open")])
    signals = Signals(model)
    model.apply([(1, "Ana", "a?", "open"), (2, "Bea", "b? (edited)", "open")], [])
    assert signals.changed == [1] and signals.inserted == []  # Ana's reads the same: nothing
    model.apply([(7, "Gil", "g?", "open"), (6, "Fay", "f?", "open"), (3, "Cid", "c?", "open")], [])
    assert signals.inserted == [(2, 2), (4, 5)]  # Cid between Bea and Eve; Fay and Gil at the end, at once
    model.apply([(5, "Eve", "e?", "pinned"), (2, "Bea", "b?", "answered")], [7])
    assert states(model) == [(5, "pinned"), (1, "open"), (3, "open"), (6, "open")]
    assert signals.resets == 0 and model.line(1) == (1, "Ana", "a?", "open")


def test_waitlist_lines_join_at_the_end_and_served_ones_leave_with_places_renumbered(qtbot):
    def line(line_id: int, name: str) -> WaitLine:
        return WaitLine(line_id, name, "twitch", "A5", "Serum", (), 1, 100.0)

    model = WaitlistModel()
    model.replace_all([line(1, "Dee"), line(2, "Eve")])
    signals = Signals(model)
    model.remove([1])
    model.update([line(3, "Fay"), line(4, "Gil")])
    assert signals.removed == [(0, 0)] and signals.inserted == [(1, 2)] and signals.resets == 0
    assert [(model.index(row, 0).data(), model.index(row, 1).data()) for row in range(3)] == [
        ("1", "Eve"), ("2", "Fay"), ("3", "Gil")]


def test_a_views_delegate_reads_each_cell_whole_from_one_call(qtbot):
    """What a table paints comes from multiData, one call a cell (never data(), a call a role): the
    words, their alignment and their ink."""
    asked: list[int] = []

    class Chat(ChatModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked.append(role)
            return super().data(index, role)

    def painted(model, row: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, model.index(row, column))
        return option

    chat = Chat()
    chat.append([ChatLine(1, 100.0, "twitch", "ana", "Ana", "<b>which size?</b>", "flagged", "which Size?")])
    assert painted(chat, 0, MESSAGE).text == "<b>which size?</b>"
    option = painted(chat, 0, TAKEN_AS)
    assert option.text == "flagged: which Size?" and option.palette.text().color() == FLAGGED_COLOUR
    assert asked == []
    waitlist = WaitlistModel()
    waitlist.replace_all([WaitLine(7, "Dee", "twitch", "A5", "Serum", (), 2, 100.0)])
    place = painted(waitlist, 0, 0)
    assert place.text == "1" and place.displayAlignment & Qt.AlignmentFlag.AlignRight
