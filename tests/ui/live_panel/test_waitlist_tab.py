"""The Waitlist tab: who waits for what, in the order they will be served; a cancelled order
serves the first of them, who leaves the list with an order of their own."""

from __future__ import annotations

from studio.commerce.orders import change_state
from tests.ui.live_panel.conftest import SHOWN_MS, cells, column
from ui.live_panel.live_panel import WAITLIST
from ui.live_panel.purchase_cells import BUYER


def test_the_waitlist_in_order_and_a_cancel_serves_the_first_in_line(qtbot, panel, chat):
    for buyer in ("Ana", "Bea", "Cid", "Dee", "Eve"):  # A5, the serum, has 3 in stock
        chat.say(buyer, "sold A5")
    qtbot.waitUntil(lambda: panel.tabs.tabText(WAITLIST) == "Waitlist (2)", timeout=SHOWN_MS)
    assert [cells(panel.waitlist, row)[:5] for row in range(2)] == [
        ["1", "Dee", "A5 · Vitamin C Glow Serum 30 ml", "", "1"], ["2", "Eve", "A5 · Vitamin C Glow Serum 30 ml", "", "1"]]
    bea = panel.orders.lines()[1]
    assert bea.buyer_name == "Bea"
    panel.write("Cancelling Bea's order", lambda db: change_state(db, bea.id, "cancelled"))
    qtbot.waitUntil(lambda: column(panel.waitlist, BUYER) == ["Eve"], timeout=SHOWN_MS)
    assert column(panel.waitlist, 0) == ["1"]
    assert column(panel.orders, BUYER)[0] == "Dee"  # served: the newest order
    qtbot.waitUntil(lambda: panel.tabs.tabText(WAITLIST) == "Waitlist (1)", timeout=SHOWN_MS)

