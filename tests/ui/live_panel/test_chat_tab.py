"""The Chat tab: every message as typed (never HTML), what each was taken for, a right-click that
blocks a user or a word, at most the newest 5,000 messages kept in the model, and the newest in
view unless the presenter scrolled up to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from studio.commerce.moderation import BLOCKED_USERS, BLOCKED_WORDS, blocked
from studio.storage import open_database
from tests.ui.live_panel.conftest import SHOWN_MS, cells, column
from ui.live_panel.chat_model import AUTHOR, MESSAGE, TAKEN_AS
from ui.live_panel.live_panel import CHAT


def test_a_message_holding_html_shows_the_characters_typed(qtbot, panel, chat):
    chat.say("Eve", "<b>HTML</b>")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 1, timeout=SHOWN_MS)
    index = panel.chat.index(0, MESSAGE)
    assert index.data() == "<b>HTML</b>"
    assert cells(panel.chat, 0)[1:4] == ["twitch", "Eve", "<b>HTML</b>"]
    table = panel.chat_tab.table
    delegate = table.itemDelegateForIndex(index)
    assert type(delegate) is QStyledItemDelegate  # the default delegate: it draws a cell's text as plain text
    option = QStyleOptionViewItem()
    option.initFrom(table)
    width = delegate.sizeHint(option, index).width()
    literal = QFontMetrics(table.font()).horizontalAdvance("<b>HTML</b>")
    bold = QFont(table.font())
    bold.setBold(True)
    assert width >= literal > QFontMetrics(bold).horizontalAdvance("HTML")  # the tags take room: they are drawn
    assert "&lt;b&gt;HTML&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)  # a tooltip shows it as typed too


def test_each_message_says_what_it_was_taken_for_and_a_flagged_one_says_why(qtbot, panel, chat):
    chat.say("Ana", "sold A2")
    chat.say("Bea", "sold A1")  # A1 comes in sizes: which one?
    chat.say("Cid", "does A2 go in the dishwasher?")
    chat.say("Dee", "hello all")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 4, timeout=SHOWN_MS)
    note = chat.desk._db.execute("SELECT note FROM chat_messages WHERE author_id = 'bea'").fetchone()[0]
    assert note  # the desk's reason, e.g. which size
    assert column(panel.chat, TAKEN_AS) == ["buy: order reserved", f"flagged: {note}", "question", ""]
    qtbot.waitUntil(lambda: panel.tabs.tabText(CHAT) == "Chat (4)", timeout=SHOWN_MS)


def blocked_in_store(bridge, kind: str) -> list[str]:
    db = open_database(bridge.database)
    try:
        return blocked(db, kind)
    finally:
        db.conn.close()


def action_named(menu, text: str):
    return next(action for action in menu.actions() if action.text() == text)


def test_right_click_blocks_a_user_and_their_later_messages_stay_hidden(qtbot, bridge, panel, chat):
    chat.say("Spammer", "cheap followers at spam dot example")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 1, timeout=SHOWN_MS)
    action_named(panel.chat_tab.menu_for(0), "Block user “Spammer”").trigger()
    qtbot.waitUntil(lambda: blocked_in_store(bridge, BLOCKED_USERS) == ["spammer"], timeout=SHOWN_MS)
    chat.reload()  # the show's desk reads the blocked list again within a second
    chat.say("Spammer", "still selling followers")
    chat.say("Ana", "is A2 still there?")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 2, timeout=SHOWN_MS)
    assert column(panel.chat, AUTHOR) == ["Spammer", "Ana"]  # the earlier one stays, as the store has it
    assert "still selling followers" not in column(panel.chat, MESSAGE)
    qtbot.waitUntil(lambda: panel.tabs.tabText(CHAT) == "Chat (2)", timeout=SHOWN_MS)  # counts: once a second
    assert panel.problem.text() == ""


def test_right_click_blocks_a_word_of_the_message(qtbot, bridge, panel, chat):
    chat.say("Bea", "this is a scam, buy elsewhere")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 1, timeout=SHOWN_MS)
    words = next(action.menu() for action in panel.chat_tab.menu_for(0).actions() if action.menu() is not None)
    assert [action.text() for action in words.actions()] == ["this", "is", "scam", "buy", "elsewhere"]
    action_named(words, "scam").trigger()
    qtbot.waitUntil(lambda: blocked_in_store(bridge, BLOCKED_WORDS) == ["scam"], timeout=SHOWN_MS)
    chat.reload()
    chat.say("Cid", "total SCAM")
    chat.say("Dee", "love it")
    qtbot.waitUntil(lambda: column(panel.chat, MESSAGE)[-1:] == ["love it"], timeout=SHOWN_MS)
    assert "total SCAM" not in column(panel.chat, MESSAGE)


def test_the_chat_model_keeps_the_newest_5000_of_6000_messages(qtbot, panel, chat):
    for number in range(1, 3001):
        chat.say(f"viewer{number % 97}", f"message {number}")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 3000, timeout=SHOWN_MS)
    for number in range(3001, 6001):
        chat.say(f"viewer{number % 97}", f"message {number}")
    qtbot.waitUntil(lambda: panel.tabs.tabText(CHAT) == "Chat (6000)", timeout=SHOWN_MS)
    assert panel.chat.rowCount() == 5000
    messages = column(panel.chat, MESSAGE)
    assert (messages[0], messages[-1]) == ("message 1001", "message 6000")


def newest_shown(table) -> str | None:
    """The message of the last row the table shows, whole or in part."""
    model, area = table.model(), table.viewport().rect()
    shown = [row for row in range(model.rowCount()) if table.visualRect(model.index(row, MESSAGE)).intersects(area)]
    return model.index(shown[-1], MESSAGE).data() if shown else None


def test_the_chat_follows_the_newest_message_unless_the_presenter_scrolled_up(qtbot, panel, chat):
    panel.tabs.setCurrentIndex(CHAT)
    table = panel.chat_tab.table
    for number in range(1, 61):
        chat.say("Ana", f"message {number}")
    qtbot.waitUntil(lambda: newest_shown(table) == "message 60", timeout=SHOWN_MS)
    chat.say("Bea", "message 61")
    qtbot.waitUntil(lambda: newest_shown(table) == "message 61", timeout=SHOWN_MS)
    table.scrollToTop()
    chat.say("Cid", "message 62")
    qtbot.waitUntil(lambda: column(panel.chat, MESSAGE)[-1:] == ["message 62"], timeout=SHOWN_MS)
    assert table.indexAt(table.viewport().rect().topLeft()).siblingAtColumn(MESSAGE).data() == "message 1"
    assert newest_shown(table) != "message 62"
