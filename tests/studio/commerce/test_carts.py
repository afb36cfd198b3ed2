from __future__ import annotations

import pytest

from studio.commerce.carts import CartError, PaymentState, cancel_cart, find_cart, pay_cart, show_carts
from studio.settings import set_setting
from studio.shows import start_show
from tests.studio.commerce.cart_shop import buy, open_shop, stock


def test_a_buyers_orders_in_a_show_are_one_cart_with_its_totals(db):
    show = open_shop(db, discount_code="LIVE10 10%", shipping_fee="15.90", free_shipping_over="150")
    first = buy(db, show, "ana", "quero A1 x2")
    second = buy(db, show, "ana", "quero A2 P", at=1001.0)
    other = buy(db, show, "bia", "quero A1", at=1002.0)
    assert first.cart_id == second.cart_id != other.cart_id
    ana = find_cart(db, db.execute("SELECT code FROM carts WHERE id = ?", (first.cart_id,)).fetchone()[0])
    assert ana is not None and ana.buyer.name == "Ana" and ana.discount_code == "LIVE10"
    assert [(item.sku, item.quantity, item.total) for item in ana.items] == [("MUG", 2, 9980), ("TEE-P", 1, 7990)]
    # 179.70 - 17.97 = 161.73: over 150, so shipping is free
    assert (ana.totals.items, ana.totals.discount, ana.totals.shipping, ana.totals.grand) == (17970, 1797, 0, 16173)
    bia = next(cart for cart in show_carts(db, show) if cart.buyer.id == "bia")
    assert (bia.totals.items, bia.totals.discount, bia.totals.shipping, bia.totals.grand) == (4990, 499, 1590, 6081)
    assert bia.payment is PaymentState.UNPAID and bia.hold_until is None  # hold_minutes unset: no hold


def test_cart_ids_are_unique_across_the_store_and_found_as_the_buyer_types_them(db):
    show = open_shop(db)
    buy(db, show, "ana", "quero A1")
    later = start_show(db, "next week", at=5000.0)
    buy(db, later, "ana", "quero A1", at=5001.0)  # the same buyer in another show has another cart
    codes = [row[0] for row in db.execute("SELECT code FROM carts ORDER BY id")]
    assert len(codes) == len(set(codes)) == 2
    typed = f" #{codes[1][:2].lower()}-{codes[1][2:].lower()} "
    found = find_cart(db, typed)
    assert found is not None and found.code == codes[1] and found.show_id == later


def test_the_terms_are_the_ones_set_when_the_cart_opened(db):
    show = open_shop(db, shipping_fee="20")
    outcome = buy(db, show, "ana", "quero A1")
    set_setting(db, "shipping_fee", "99")
    cart = show_carts(db, show)[0]
    assert cart.id == outcome.cart_id and cart.totals.shipping == 2000


def test_paying_a_cart_pays_every_order_in_it_and_cancelling_returns_the_stock(db):
    show = open_shop(db)
    buy(db, show, "ana", "quero A1 x3")
    buy(db, show, "ana", "quero A3", at=1001.0)
    buy(db, show, "bia", "quero A3", at=1002.0)  # waits for the bag
    ana, bia = show_carts(db, show)
    assert bia.payment is PaymentState.WAITING and bia.waits[0].position == 1
    paid = pay_cart(db, ana.code.lower(), at=1100.0)
    assert paid.payment is PaymentState.PAID and {item.state for item in paid.items} == {"paid"}
    with pytest.raises(CartError, match=f"cart {ana.code} is paid: nothing in it can become paid"):
        pay_cart(db, ana.code)
    cancelled = cancel_cart(db, ana.code, at=1200.0)
    assert cancelled.payment is PaymentState.CANCELLED and stock(db, "MUG") == 10
    bia = show_carts(db, show)[1]  # the bag went to the waitlist
    assert bia.waits == () and [item.sku for item in bia.items] == ["BAG"] and stock(db, "BAG") == 0
    with pytest.raises(CartError, match="no cart ZZZZZ"):
        pay_cart(db, "zzzzz")


def test_order_events_follow_every_move_of_a_cart(db):
    show = open_shop(db)
    buy(db, show, "ana", "quero A1")
    cart = show_carts(db, show)[0]
    pay_cart(db, cart.code, at=1100.0)
    kinds = [row[0] for row in db.execute("SELECT kind FROM cart_events WHERE cart_id = ? ORDER BY id", (cart.id,))]
    states = [row[0] for row in db.execute("SELECT state FROM order_events ORDER BY id")]
    assert kinds == ["reserved", "paid"]  # one event a move the buyer notices
    assert states == ["reserved", "confirmed", "paid"]  # the order's states as they always went


def test_an_amount_stored_by_hand_that_cannot_be_read_never_stops_a_sale(db):
    show = open_shop(db, shipping_fee="lots", free_shipping_over="", discount_code="NOPE")
    outcome = buy(db, show, "ana", "quero A1")
    cart = show_carts(db, show)[0]
    assert outcome.kind == "reserved" and (cart.totals.shipping, cart.totals.discount, cart.totals.grand) == (0, 0, 4990)
