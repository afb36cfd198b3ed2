"""The Orders tab: a buy comment becomes a row a presenter reads (newest first), the show's order
count and revenue, and an order confirmed, paid or cancelled from the panel (a cancellation
returns the stock)."""

from __future__ import annotations

import time

from studio.catalog import find_by_code
from studio.commerce.orders import change_state
from studio.storage import open_database
from tests.ui.live_panel.conftest import SHOWN_MS, cells, column
from ui.live_panel.live_panel import ORDERS
from ui.live_panel.orders_model import BUYER, STATE


def test_a_buy_comment_from_the_ingest_socket_shows_in_the_orders_tab_within_200_ms(qtbot, ingest, panel):
    qtbot.waitUntil(lambda: panel.shown_show == panel.bridge.show.show_id, timeout=SHOWN_MS)  # the first read is in
    appeared: list[float] = []
    panel.orders.rowsInserted.connect(lambda *_: appeared.append(time.monotonic()))
    with ingest.connect() as socket:
        sent = time.monotonic()
        ingest.send(socket, "Ana", "sold A2")
        qtbot.waitUntil(lambda: bool(appeared), timeout=SHOWN_MS)
    delay_ms = (appeared[0] - sent) * 1000
    print(f"buy comment to Orders row: {delay_ms:.0f} ms")
    assert cells(panel.orders, 0) == ["#1", "Ana", "A2 · Ceramic Pour-Over Mug", "", "1", "$24.00", "reserved"]
    assert delay_ms < 200
    qtbot.waitUntil(lambda: panel.tabs.tabText(ORDERS) == "Orders (1)", timeout=SHOWN_MS)  # counts: once a second


def test_orders_are_newest_first_with_the_shows_count_and_revenue(qtbot, panel, chat):
    chat.say("Ana", "sold A2")
    chat.say("Bea", "sold A1 M sand")
    qtbot.waitUntil(lambda: panel.orders.rowCount() == 2 and "2 orders" in panel.orders_tab.sales.text(), timeout=SHOWN_MS)
    assert column(panel.orders, BUYER) == ["Bea", "Ana"]
    assert cells(panel.orders, 0)[2:6] == ["A1 · Linen Summer Dress", "M / Sand", "1", "$59.00"]
    assert panel.orders_tab.sales.text() == "2 orders · $83.00"
    qtbot.waitUntil(lambda: panel.tabs.tabText(ORDERS) == "Orders (2)", timeout=SHOWN_MS)


def stock_of(bridge, code: str) -> int | None:
    db = open_database(bridge.database)
    try:
        product = find_by_code(db, code)
        assert product is not None
        return product.stock
    finally:
        db.conn.close()


def choose(qtbot, panel, row: int) -> None:
    panel.orders_tab.table.selectRow(row)
    qtbot.waitUntil(lambda: panel.orders_tab.table.selectionModel().selectedRows() != [], timeout=SHOWN_MS)


def test_confirm_pay_and_cancel_move_an_order_on_and_a_cancel_returns_the_stock(qtbot, bridge, panel, chat):
    before = stock_of(bridge, "A2")
    chat.say("Ana", "sold A2")
    chat.say("Bea", "sold A2")
    qtbot.waitUntil(lambda: panel.orders.rowCount() == 2, timeout=SHOWN_MS)
    assert stock_of(bridge, "A2") == before - 2
    choose(qtbot, panel, 1)  # Ana's, the older
    tab = panel.orders_tab
    assert (tab.confirm.isEnabled(), tab.pay.isEnabled(), tab.cancel.isEnabled()) == (True, False, True)
    tab.confirm.click()
    qtbot.waitUntil(lambda: panel.orders.index(1, STATE).data() == "confirmed", timeout=SHOWN_MS)
    assert (tab.confirm.isEnabled(), tab.pay.isEnabled()) == (False, True)
    tab.pay.click()
    qtbot.waitUntil(lambda: panel.orders.index(1, STATE).data() == "paid", timeout=SHOWN_MS)
    choose(qtbot, panel, 0)  # Bea's
    tab.cancel.click()
    qtbot.waitUntil(lambda: panel.orders.index(0, STATE).data() == "cancelled", timeout=SHOWN_MS)
    assert stock_of(bridge, "A2") == before - 1
    qtbot.waitUntil(lambda: tab.sales.text() == "1 order · $24.00", timeout=SHOWN_MS)
    assert not any(button.isEnabled() for button in (tab.confirm, tab.pay, tab.cancel))  # a cancelled order is done
    assert panel.problem.text() == ""


def test_a_refused_write_says_why_in_plain_words(qtbot, panel, chat):
    chat.say("Ana", "sold A2")
    qtbot.waitUntil(lambda: panel.orders.rowCount() == 1, timeout=SHOWN_MS)
    order = panel.orders.line(0).id
    panel.write("Order", lambda db: change_state(db, order, "paid"))  # a reserved order is confirmed first
    qtbot.waitUntil(lambda: panel.problem.text() != "", timeout=SHOWN_MS)
    assert panel.problem.text() == f"order {order} is reserved; it cannot become paid"
    assert panel.problem.textFormat() == panel.problem.textFormat().PlainText
