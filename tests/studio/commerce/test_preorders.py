from __future__ import annotations

from datetime import date

import pytest

from studio.catalog import find_by_code
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.carts import show_carts
from studio.commerce.orders import change_state
from studio.commerce.preorders import PreorderError, end_preorder, preorder_of, set_preorder
from studio.overlay_views import product_card_view
from tests.studio.commerce.cart_shop import buy, open_shop, stock


def product_id(db, code: str) -> int:
    product = find_by_code(db, code)
    assert product is not None and product.id is not None
    return product.id


def test_a_buy_beyond_stock_becomes_a_preorder_up_to_the_cap_never_beyond(db):
    show = open_shop(db)
    set_preorder(db, product_id(db, "A3"), date(2026, 12, 12), cap=3)
    outcomes = [buy(db, show, name, text, at=1000.0 + index) for index, (name, text) in enumerate(
        [("ana", "quero A3"), ("bia", "quero A3 x2"), ("caio", "quero A3 x2"), ("duda", "quero A3")])]
    assert [outcome.kind for outcome in outcomes] == ["reserved", "preordered", "waitlisted", "preordered"]
    assert stock(db, "BAG") == 0
    found = preorder_of(db, product_id(db, "A3"))
    assert found is not None and (found.taken, found.room) == (3, 0)
    bia = next(cart for cart in show_carts(db, show) if cart.buyer.id == "bia")
    assert [(item.sku, item.quantity, item.preorder_ships) for item in bia.items] == [("BAG", 2, "2026-12-12")]
    # a pre-order cancelled frees room under the cap (no stock comes back): the waitlist gets it
    change_state(db, outcomes[1].order_id, "cancelled")
    caio = next(cart for cart in show_carts(db, show) if cart.buyer.id == "caio")
    assert [(item.quantity, item.preorder_ships) for item in caio.items] == [(2, "2026-12-12")]
    assert stock(db, "BAG") == 0


def test_after_the_preorder_ends_sold_out_waits_again_and_the_taken_ones_stand(db):
    show = open_shop(db)
    bag = product_id(db, "A3")
    set_preorder(db, bag, date(2026, 12, 12), cap=5)
    buy(db, show, "ana", "quero A3")
    assert buy(db, show, "bia", "quero A3", at=1001.0).kind == "preordered"
    end_preorder(db, bag)
    assert buy(db, show, "caio", "quero A3", at=1002.0).kind == "waitlisted"
    assert db.execute("SELECT count(*) FROM orders WHERE preorder = 1 AND state = 'reserved'").fetchone()[0] == 1
    with pytest.raises(PreorderError, match="cap is 1 to"):
        set_preorder(db, bag, date(2026, 12, 12), cap=0)


def test_the_card_of_a_sold_out_product_on_preorder_says_when_it_ships(db):
    show = open_shop(db)
    set_preorder(db, product_id(db, "A3"), date(2026, 12, 12), cap=5)
    in_stock = find_by_code(db, "A3")
    assert in_stock is not None and product_card_view(in_stock, "en_US").stock_text == "Only 1 left"
    buy(db, show, "ana", "quero A3")
    sold_out = find_by_code(db, "A3")
    assert sold_out is not None and sold_out.preorder_ships == "2026-12-12"
    view = product_card_view(sold_out, "en_US")
    assert (view.stock_text, view.stock_urgent) == ("Pre-order · ships 12 Dec", False)
    assert product_card_view(sold_out, "pt_BR").stock_text == "Pré-venda · envio 12 dez."


def test_a_preorder_from_chat_is_an_order_the_show_announces(db):
    show = open_shop(db)
    set_preorder(db, product_id(db, "A3"), date(2026, 12, 12), cap=5)
    desk = ChatDesk(db, show)
    first = desk.take(ChatMessage("twitch", "#loja", "ana", "Ana", "quero A3", 1000.0))
    ahead = desk.take(ChatMessage("twitch", "#loja", "bia", "Bia", "quero A3", 1001.0))
    assert first.order_id is not None and ahead.order_id is not None and ahead.order_id != first.order_id
    notes = [row[0] for row in db.execute("SELECT note FROM chat_messages ORDER BY id")]
    assert notes == ["reserved", "preordered"]
