"""A note in the panel's corner when an order arrives; orders in quick succession make one note."""

from __future__ import annotations

from tests.ui.live_panel.conftest import SHOWN_MS


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
    corner = toast.geometry().bottomRight()
    assert panel.rect().contains(corner) and corner.x() > panel.width() * 0.75  # in the panel's bottom-right corner


def test_a_buyer_named_like_a_placeholder_is_shown_as_typed(qtbot, ingest, panel):
    with ingest.connect() as socket:
        ingest.send(socket, "%2 <i>%3</i>", "sold A2")
    qtbot.waitUntil(panel.toast.isVisible, timeout=SHOWN_MS)
    assert panel.toast.label.text() == "New order from %2 <i>%3</i>: A2 · Ceramic Pour-Over Mug × 1, $24.00"
    assert panel.toast.label.textFormat() == panel.toast.label.textFormat().PlainText
