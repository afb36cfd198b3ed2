"""A live table under a busy show: questions that come in below what is on screen cost no repaint
of the rows shown, yet they are there to scroll to; a row that comes in on screen is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView

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


def shown_table(qtbot, model):
    table = make_table(model, QUESTION)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def settle(qtbot, table, counter: PaintCount) -> None:
    """Lets the table finish what it has to paint, then counts from nothing."""
    qtbot.waitUntil(lambda: table.viewport().visibleRegion().isEmpty() is False, timeout=10000)
    qtbot.wait(50)  # paint events already queued are delivered before counting starts (not a timing assert)
    counter.paints = 0


def test_questions_below_the_fold_repaint_nothing_shown_and_can_be_scrolled_to(qtbot):
    model = QuestionsModel()
    model.replace_all(questions(1, 40))
    table = shown_table(qtbot, model)
    counter = PaintCount(table.viewport())
    settle(qtbot, table, counter)
    last_shown = table.rowAt(table.viewport().height() - 1)
    assert 0 <= last_shown < 39
    scroll_range = table.verticalScrollBar().maximum()
    model.apply(questions(41, 5), [])
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == scroll_range + 5, timeout=10000)
    qtbot.wait(50)  # any repaint the insert queued has been delivered
    assert counter.paints == 0
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 1) == 44, timeout=10000)
    assert table.model().index(44, QUESTION).data() == "question 45?"


def test_a_question_that_comes_in_on_screen_is_painted(qtbot):
    model = QuestionsModel()
    model.replace_all(questions(10, 40))
    table = shown_table(qtbot, model)
    counter = PaintCount(table.viewport())
    settle(qtbot, table, counter)
    model.apply(questions(1, 1), [])  # the oldest: it goes first, on screen
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.indexAt(table.viewport().rect().topLeft()).data() == "viewer1"


def test_a_short_list_paints_each_new_question(qtbot):
    model = QuestionsModel()
    model.replace_all(questions(1, 2))
    table = shown_table(qtbot, model)
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    counter = PaintCount(table.viewport())
    settle(qtbot, table, counter)
    model.apply(questions(3, 1), [])
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.rowAt(2 * table.rowHeight(0) + 1) == 2


def test_a_question_answered_on_screen_as_others_come_in_below_leaves_the_screen(qtbot):
    model = QuestionsModel()
    model.replace_all(questions(1, 40))
    table = shown_table(qtbot, model)
    counter = PaintCount(table.viewport())
    settle(qtbot, table, counter)
    model.apply([(1, "viewer1", "question 1?", "answered"), *questions(41, 3)], [])  # one batch, as the panel applies it
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=10000)
    assert table.indexAt(table.viewport().rect().topLeft()).data() == "viewer2"
