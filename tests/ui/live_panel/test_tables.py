"""A live table under a busy show: questions that come in below what is on screen cost no repaint
of the rows shown, yet they are there to scroll to; a row that comes in on screen is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ui.live_panel.questions_model import QUESTION, QuestionsModel
from ui.live_panel.tables import make_table


class PaintCount(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def questions(first: int, count: int) -> list[tuple[int, str, str, str]]:
    return [(key, f"viewer{key}", f"question {key}?", "open") for key in range(first, first + count)]


def deliver_queued() -> None:
    """Delivers what Qt has queued, the delayed layout's zero timer and the repaints it asks for
    included: after this, a repaint the table asked for has happened."""
    for _turn in range(3):  # the timer lays out, the layout asks for an update, the update paints
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def watched_table(qtbot, lines: list[tuple[int, str, str, str]]):
    """A questions table on screen over `lines`, and a count of its viewport's paints from now."""
    model = QuestionsModel()
    model.replace_all(lines)
    table = make_table(model, QUESTION)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    counter = PaintCount(table.viewport())
    deliver_queued()
    counter.paints = 0
    return model, table, counter


def test_questions_below_the_fold_repaint_nothing_shown_and_can_be_scrolled_to(qtbot):
    model, table, counter = watched_table(qtbot, questions(1, 40))
    last_shown = table.rowAt(table.viewport().height() - 1)
    assert 0 <= last_shown < 39
    scroll_range = table.verticalScrollBar().maximum()
    model.apply(questions(41, 5), [])
    deliver_queued()
    assert table.verticalScrollBar().maximum() == scroll_range + 5
    assert counter.paints == 0
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 1) == 44, timeout=10000)
    assert table.model().index(44, QUESTION).data() == "question 45?"


def test_a_question_that_comes_in_on_screen_is_painted(qtbot):
    model, table, counter = watched_table(qtbot, questions(10, 40))
    model.apply(questions(1, 1), [])  # the oldest: it goes first, on screen
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.indexAt(table.viewport().rect().topLeft()).data() == "viewer1"


def test_a_short_list_paints_each_new_question(qtbot):
    model, table, counter = watched_table(qtbot, questions(1, 2))
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    model.apply(questions(3, 1), [])
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.rowAt(2 * table.rowHeight(0) + 1) == 2


def test_a_question_answered_on_screen_as_others_come_in_below_leaves_the_screen(qtbot):
    model, table, counter = watched_table(qtbot, questions(1, 40))
    model.apply([(1, "viewer1", "question 1?", "answered"), *questions(41, 3)], [])  # one batch, as the panel applies it
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.indexAt(table.viewport().rect().topLeft()).data() == "viewer2"
