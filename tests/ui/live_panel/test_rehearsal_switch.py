"""Switching to a rehearsal (a new show on the rehearsal's copy of the store) clears the panel
and reloads it from the rehearsal's store."""

from __future__ import annotations

from dataclasses import replace

from tests.ui.live_panel.conftest import SHOWN_MS, SMALL, Chat, column, open_show
from ui.live_panel.live_panel import CHAT, ORDERS
from ui.live_panel.orders_model import BUYER


def test_a_rehearsal_clears_the_panel_and_reloads_it_from_its_own_store(qtbot, bridge, panel, chat):
    chat.say("Ana", "sold A2")
    chat.say("Ana", "see you all")
    qtbot.waitUntil(lambda: panel.tabs.tabText(ORDERS) == "Orders (1)" and panel.chat.rowCount() == 2, timeout=SHOWN_MS)
    real_store = bridge.database
    rehearsal = open_show(qtbot, bridge, replace(SMALL, rehearsal=True))
    assert bridge.database != real_store
    assert (panel.orders.rowCount(), panel.chat.rowCount()) == (0, 0)  # cleared as the rehearsal opens
    qtbot.waitUntil(lambda: panel.shown_show == rehearsal.show_id, timeout=SHOWN_MS)
    assert panel.tabs.tabText(ORDERS) == "Orders (0)" and panel.tabs.tabText(CHAT) == "Chat (0)"
    rehearsal_chat = Chat(bridge)
    try:
        assert rehearsal_chat.desk.show_id == rehearsal.show_id
        rehearsal_chat.say("Rita", "sold A4")
    finally:
        rehearsal_chat.close()
    qtbot.waitUntil(lambda: column(panel.orders, BUYER) == ["Rita"] and panel.chat.rowCount() == 1,
                    timeout=SHOWN_MS)  # the chat comes paced (twice a second at most), the orders at once
    qtbot.waitUntil(lambda: (panel.tabs.tabText(ORDERS), panel.tabs.tabText(CHAT)) == ("Orders (1)", "Chat (1)"),
                    timeout=SHOWN_MS)  # the tabs' counts change once a second at most
    assert panel.chat.line(0).author_name == "Rita"
