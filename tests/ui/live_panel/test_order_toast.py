"""A note in the shown table's corner when an order arrives, clear of the buttons; orders in quick
succession make one note."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from tests.ui.live_panel.conftest import SHOWN_MS
from ui.live_panel.live_panel import ORDERS


def test_an_order_is_announced_and_orders_in_quick_succession_coalesce(qtbot, ingest, panel):
    toast = panel.toast
    with ingest.connect() as socket:
        ingest.send(socket, "Ana", "sold A2")
        qtbot.waitUntil(toast.isVisible, timeout=SHOWN_MS)
        assert toast.label.text() == "New order from Ana: A2 · Ceramic Pour-Over Mug × 1, $24.00"
        ingest.send(socket, "Bea", "sold A4")
        ingest.send(socket, "Cid", "sold A7")
        qtbot.waitUntil(lambda: toast.label.text() == "3 new orders", timeout=SHOWN_MS)
    assert toast.isVisible()
    table = panel.questions_tab.table
    rows = QRect(table.mapTo(panel, QPoint(0, 0)), table.size())
    assert rows.contains(toast.geometry()) and toast.geometry().right() > rows.right() - 40  # the table's corner
    for button in (panel.questions_tab.pin, panel.questions_tab.dismiss, panel.sound_on):
        assert not toast.geometry().intersects(QRect(button.mapTo(panel, QPoint(0, 0)), button.size()))
    panel.tabs.setCurrentIndex(ORDERS)
    orders = panel.orders_tab.table
    assert QRect(orders.mapTo(panel, QPoint(0, 0)), orders.size()).contains(toast.geometry())


def test_a_buyer_named_like_a_placeholder_is_shown_as_typed(qtbot, ingest, panel):
    with ingest.connect() as socket:
        ingest.send(socket, "%2 <i>%3</i>", "sold A2")
    qtbot.waitUntil(panel.toast.isVisible, timeout=SHOWN_MS)
    assert panel.toast.label.text() == "New order from %2 <i>%3</i>: A2 · Ceramic Pour-Over Mug × 1, $24.00"
    assert panel.toast.label.textFormat() == panel.toast.label.textFormat().PlainText
