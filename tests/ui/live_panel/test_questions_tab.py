"""The Questions tab: the questions waiting for the host, with counts; featuring one puts it on
stream (the store's featured question, which the show's graphics follow); answering or
dismissing one takes it off the list."""

from __future__ import annotations

from studio.commerce.question_queue import featured_question, set_question_state
from studio.storage import open_database
from tests.ui.live_panel.conftest import SHOWN_MS, column
from ui.live_panel.live_panel import QUESTIONS, Paced
from ui.live_panel.questions_model import AUTHOR, STATE


def on_stream(bridge) -> tuple[str, str] | None:
    db = open_database(bridge.database)
    try:
        return featured_question(db, bridge.show.show_id)
    finally:
        db.conn.close()


def act(qtbot, panel, author: str, button) -> None:
    panel.questions_tab.table.selectRow(column(panel.questions, AUTHOR).index(author))
    qtbot.waitUntil(button.isEnabled, timeout=SHOWN_MS)
    button.click()


def test_feature_puts_a_question_on_stream_and_answer_and_dismiss_take_them_off_the_list(qtbot, bridge, panel, chat):
    chat.say("Dee", "is A1 see-through?")
    chat.say("Eve", "does A2 go in the dishwasher?")
    chat.say("Fay", "what size is the basket?")
    qtbot.waitUntil(lambda: panel.tabs.tabText(QUESTIONS) == "Questions (3)", timeout=SHOWN_MS)
    assert column(panel.questions, AUTHOR) == ["Dee", "Eve", "Fay"]
    tab = panel.questions_tab
    act(qtbot, panel, "Eve", tab.feature)
    qtbot.waitUntil(lambda: column(panel.questions, STATE)[0] == "on stream", timeout=SHOWN_MS)
    assert column(panel.questions, AUTHOR) == ["Eve", "Dee", "Fay"]  # on stream first, then oldest first
    assert on_stream(bridge) == ("Eve", "does A2 go in the dishwasher?")
    act(qtbot, panel, "Dee", tab.answer)
    qtbot.waitUntil(lambda: panel.tabs.tabText(QUESTIONS) == "Questions (2)", timeout=SHOWN_MS)
    assert column(panel.questions, AUTHOR) == ["Eve", "Fay"]
    act(qtbot, panel, "Eve", tab.dismiss)
    qtbot.waitUntil(lambda: column(panel.questions, AUTHOR) == ["Fay"], timeout=SHOWN_MS)
    assert on_stream(bridge) is None
    assert panel.tabs.tabText(QUESTIONS) == "Questions (1)"
    act(qtbot, panel, "Fay", tab.pin)
    qtbot.waitUntil(lambda: column(panel.questions, STATE) == ["pinned"], timeout=SHOWN_MS)


def test_a_question_answered_after_the_first_batch_comes_as_one_change_and_the_other_rows_stay(qtbot, panel, chat):
    asked = [chat.say(name, f"is A{n} see-through?") for n, name in enumerate(("Ana", "Bea", "Cid", "Dee"), 1)]
    qtbot.waitUntil(lambda: panel.questions.rowCount() == 4, timeout=SHOWN_MS)
    rows = panel.questions.lines()
    batches: list = []
    panel.batch_shown.connect(batches.append)
    resets: list = []
    panel.questions.modelReset.connect(lambda: resets.append(True))
    removed: list[tuple[int, int]] = []
    panel.questions.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    panel.write("Answering", lambda db: set_question_state(db, asked[2], "answered"))
    qtbot.waitUntil(lambda: panel.questions.rowCount() == 3, timeout=SHOWN_MS)
    assert [batch.questions for batch in batches if batch.questions] == [[(asked[2], "Cid", "is A3 see-through?", "answered")]]
    assert panel.questions.lines() == [rows[0], rows[1], rows[3]]  # the same lines, read once
    assert removed == [(2, 2)] and resets == []
    assert panel.tabs.tabText(QUESTIONS) == "Questions (3)"


def test_what_the_presenter_does_shows_with_the_next_batch_though_questions_are_paced(qtbot, panel, chat):
    asked = chat.say("Gil", "is A5 waterproof?")
    qtbot.waitUntil(lambda: panel.questions.rowCount() == 1, timeout=SHOWN_MS)
    panel.pacer.interval_ms = 3_600_000  # an hour: only the presenter's write lets a change through
    for _ in range(2):  # nothing to change: the first goes on at once if the pacer is due, the second waits
        panel.pacer.add([Paced()])
    chat.say("Hal", "does A6 shrink?")
    qtbot.waitUntil(lambda: any(change.questions and change.questions[0][0][1] == "Hal"
                                for change in panel.pacer.waiting), timeout=SHOWN_MS)
    assert column(panel.questions, AUTHOR) == ["Gil"]  # Hal's question waits for the interval
    with qtbot.waitSignal(panel.batch_shown, timeout=SHOWN_MS,
                          check_params_cb=lambda batch: any(line[0] == asked for line in batch.questions)):
        panel.write("Pinning", lambda db: set_question_state(db, asked, "pinned"))
    assert column(panel.questions, AUTHOR) == ["Gil", "Hal"] and column(panel.questions, STATE) == ["pinned", "open"]
    assert panel.pacer.waiting == () and panel.tabs.tabText(QUESTIONS) == "Questions (2)"
