"""The cart of the selected order: its id, buyer and totals read off the view, its Pix code as a QR
a phone reads (decoded here from the pixels shown) and as text to copy, the cart marked paid or
cancelled in the real store; and the Orders tab's "Cart…" opening it for the selected row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import cv2
import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QPushButton

from overlays.canvas import to_bgra
from studio.catalog import find_by_code
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import PaymentState, cart_by_id
from studio.commerce.orders import Buyer, place_order
from studio.commerce.payment_options import payment_options
from studio.storage import open_database
from tests.qr_reading import read_qr
from tests.studio.commerce.cart_shop import buy, open_shop, stock
from tests.ui.live_panel.conftest import SHOWN_MS
from ui.live_panel.cart_view import QR_PIXELS, CartView
from ui.store_jobs import StoreJobs

PIX = {"pix_key": "loja@example.com", "pix_name": "Loja da Ana", "pix_city": "Recife",
       "paypal_me": "lojadaana", "checkout_url_template": "https://loja.example/cart/{items}?ref={cart}",
       "discount_code": "LIVE10 10%", "shipping_fee": "15.90", "free_shipping_over": "150"}


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A shop with Pix set up, and Bia's cart: two mugs (99.80 - 9.98 + 15.90 shipping = 105.72)."""
    path = tmp_path / "vitrina.db"
    db = open_database(path)
    show = open_shop(db, **PIX)
    order = buy(db, show, "bia", "quero A1 x2")
    db.conn.close()
    yield path, order.order_id


@pytest.fixture
def view(qtbot, shop) -> CartView:
    return open_view(qtbot, *shop)


def open_view(qtbot, path: Path, order_id: int) -> CartView:
    """The view of the order's cart, as the Orders tab opens it, once its first read is in."""
    jobs = StoreJobs("cart-view-test")
    jobs.use(path)
    view = CartView(jobs)
    jobs.setParent(view)
    qtbot.addWidget(view)
    view.show_order(order_id, "pt_BR")
    view.show()
    qtbot.waitUntil(lambda: view.sheet is not None, timeout=SHOWN_MS)
    return view


def stored(path: Path, cart_id: int):
    db = open_database(path)
    try:
        cart = cart_by_id(db, cart_id)
        return cart, payment_options(load_cart_settings(db), cart)
    finally:
        db.conn.close()


def test_the_view_shows_the_carts_id_buyer_and_totals(view, shop):
    cart, _ = stored(shop[0], view.sheet.cart.id)
    assert view.code.text() == cart.code and len(cart.code) >= 4
    assert view.buyer.text() == "Bia"
    assert view.items.text() == "2 × A1 · Caneca — R$\xa099,80"
    assert view.items_total.text() == "R$\xa099,80"
    assert view.discount.text() == "−R$\xa09,98 (LIVE10)"
    assert view.shipping.text() == "R$\xa015,90"
    assert view.grand.text() == "R$\xa0105,72"
    assert view.payment.text() == "not paid"
    assert view.hold.text() == "none"


def shown_qr(view: CartView) -> str:
    image = view.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert min(image.width(), image.height()) >= QR_PIXELS
    return read_qr(cv2.cvtColor(to_bgra(image), cv2.COLOR_BGRA2GRAY))


def test_the_pix_qr_reads_as_exactly_the_carts_pix_code_and_copy_puts_it_on_the_clipboard(view, shop):
    _, options = stored(shop[0], view.sheet.cart.id)
    assert options.pix_code and view.sheet.cart.code in options.pix_code
    assert view.qr.isVisible()
    assert shown_qr(view) == options.pix_code
    assert view.pix_text.text() == options.pix_code and view.pix_text.isReadOnly()
    QGuiApplication.clipboard().clear()
    view.copy_pix.click()
    assert QGuiApplication.clipboard().text() == options.pix_code


def test_the_payment_links_show_as_text_to_select_and_copy(qtbot, view, shop):
    _, options = stored(shop[0], view.sheet.cart.id)
    assert len(options.links) == 2
    assert [field.text() for field in view.links] == list(options.links)
    assert all(field.isReadOnly() for field in view.links)
    copy = view.links[1].parent().findChild(QPushButton)
    copy.click()
    assert QGuiApplication.clipboard().text() == options.links[1]


def test_mark_paid_makes_the_stored_cart_paid_and_a_paid_cart_cannot_be_paid_again(qtbot, view, shop):
    cart_id = view.sheet.cart.id
    assert view.mark_paid.isEnabled()
    view.mark_paid.click()
    qtbot.waitUntil(lambda: view.payment.text() == "paid", timeout=SHOWN_MS)
    assert stored(shop[0], cart_id)[0].payment is PaymentState.PAID
    assert not view.mark_paid.isEnabled() and view.cancel_cart.isEnabled()
    assert view.problem.text() == ""


def test_cancel_asks_first_and_then_returns_the_stock(qtbot, view, shop, monkeypatch):
    path, _ = shop
    cart_id = view.sheet.cart.id
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or answers.pop(0))
    view.cancel_cart.click()  # "No": nothing happens
    assert stored(path, cart_id)[0].payment is PaymentState.UNPAID
    view.cancel_cart.click()
    qtbot.waitUntil(lambda: view.payment.text() == "cancelled", timeout=SHOWN_MS)
    assert asked[0].startswith(f"Cancel everything in cart {view.sheet.cart.code}?")
    db = open_database(path)
    try:
        assert stock(db, "MUG") == 10
    finally:
        db.conn.close()
    assert stored(path, cart_id)[0].payment is PaymentState.CANCELLED
    assert not view.qr.isVisible()  # nothing left to pay: no Pix code
    assert not view.mark_paid.isEnabled() and not view.cancel_cart.isEnabled()


def test_a_hostile_buyer_name_stays_plain_text(qtbot, tmp_path):
    path = tmp_path / "vitrina.db"
    db = open_database(path)
    show = open_shop(db, **PIX)
    comment = BuyCommentReader([find_by_code(db, "A1")]).read("quero A1")
    order = place_order(db, show, Buyer("twitch", "x", "<b>Eve</b>&amp;"), comment, "quero A1", at=1000.0)
    db.conn.close()
    view = open_view(qtbot, path, order.order_id)
    assert view.buyer.text() == "<b>Eve</b>&amp;" and view.buyer.textFormat() == view.buyer.textFormat().PlainText


def test_cart_in_the_orders_tab_opens_the_selected_orders_cart(qtbot, panel, chat):
    chat.say("Ana", "sold A2")
    qtbot.waitUntil(lambda: panel.orders.rowCount() == 1, timeout=SHOWN_MS)
    tab = panel.orders_tab
    assert not tab.open_cart.isEnabled()  # nothing selected
    tab.table.selectRow(0)
    qtbot.waitUntil(tab.open_cart.isEnabled, timeout=SHOWN_MS)
    tab.open_cart.click()
    qtbot.waitUntil(lambda: tab.cart_view is not None and tab.cart_view.sheet is not None, timeout=SHOWN_MS)
    view = tab.cart_view
    assert view.isVisible() and view.buyer.text() == "Ana"
    assert view.grand.text() == "$24.00"  # the demo shop is in dollars: no Pix code, no QR
    assert not view.qr.isVisible() and not view.pix_text.isVisible()


def test_a_held_cart_says_when_its_hold_ends(qtbot, tmp_path):
    path = tmp_path / "vitrina.db"
    db = open_database(path)
    show = open_shop(db, hold_minutes="30")
    order = buy(db, show, "ana", "quero A1", at=1000.0)
    db.conn.close()
    view = open_view(qtbot, path, order.order_id)
    assert view.sheet.cart.hold_until == 1000.0 + 30 * 60
    assert view.hold.text() == "until " + datetime.fromtimestamp(1000.0 + 30 * 60).strftime("%H:%M")
