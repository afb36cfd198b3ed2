"""What the chat desk tells a buyer, from today's outcomes of a buy comment: reserved with the
item and its total, waitlisted with the place in line, which variant with the choices; nothing
for a repeat, a bad quantity, or while `chat_replies` is off."""

from __future__ import annotations

import time

import pytest

from studio.catalog import find_by_code
from studio.chat import desk as desk_module
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.money import format_money
from studio.paths import resolve_paths
from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute
from studio.replies.switch import SETTING
from studio.settings import set_setting
from studio.store import open_store
from tests.studio.chat.floors import store_with_show

ROUTE = ReplyRoute("twitch", "#shop")


def said(number: int, text: str, name: str = "") -> ChatMessage:
    return ChatMessage("twitch", "#shop", f"u{number}", name or f"viewer{number}", text, time.time(),
                       message_id=f"m{number}")


@pytest.fixture
def store(tmp_path):
    db, show_id = store_with_show(tmp_path)
    yield db, show_id
    db.conn.close()


@pytest.fixture
def other_connection(tmp_path):
    """Another connection to the same store, as `vitrina settings` or the window would be."""
    db = open_store(resolve_paths(tmp_path))
    yield db
    db.conn.close()


def cart_code(db, buyer_id: str) -> str:
    return db.execute("SELECT code FROM carts WHERE buyer_id = ?", (buyer_id,)).fetchone()[0]


def test_a_reservation_names_the_item_its_cart_and_the_cart_s_total(store):
    db, show_id = store
    desk = ChatDesk(db, show_id)
    mug, dress = find_by_code(db, "A2"), find_by_code(db, "A1")
    assert mug is not None and dress is not None
    assert desk.take(said(1, "sold A2", "Ana")).notice == BuyerNotice(
        NoticeKind.RESERVED, "Ana", ROUTE, "A2", (), cart_id=cart_code(db, "u1"),
        total_text=format_money(mug.price, mug.currency, "en_US"))
    sand_m = next(variant for variant in dress.variants if variant.option_values == ("M", "Sand"))
    assert desk.take(said(2, "sold A1 m sand x2")).notice == BuyerNotice(
        NoticeKind.RESERVED, "viewer2", ROUTE, "A1", ("M", "Sand"), cart_id=cart_code(db, "u2"),
        total_text=format_money(2 * sand_m.price, dress.currency, "en_US"))
    other = find_by_code(db, "A4")
    assert other is not None
    again = ChatMessage("twitch", "#shop", "u1", "Ana", "sold A4", time.time(), message_id="m3")
    second = desk.take(again)  # Ana again: the same cart, its new total
    assert second.notice is not None and second.notice.cart_id == cart_code(db, "u1")
    assert second.notice.total_text == format_money(mug.price + other.price, mug.currency, "en_US")


def test_a_reservation_with_a_hold_and_pix_says_how_to_pay_and_until_when(tmp_path):
    db, show_id = store_with_show(tmp_path)
    try:
        for name, value in (("currency", "BRL"), ("hold_minutes", "15"), ("pix_key", "loja@example.com"),
                            ("pix_name", "Loja"), ("pix_city", "Recife")):
            set_setting(db, name, value)
        db.execute("UPDATE products SET currency = 'BRL'")
        before = time.time()
        notice = ChatDesk(db, show_id).take(said(1, "sold A2", "Ana")).notice
        assert notice is not None and notice.pay_text is not None
        code = cart_code(db, "u1")
        assert notice.cart_id == code and notice.pay_text.startswith("000201") and f"05{len(code):02d}{code}" in notice.pay_text
        assert notice.hold_end is not None and before + 15 * 60 - 5 <= notice.hold_end <= time.time() + 15 * 60 + 5
    finally:
        db.conn.close()


def test_a_sold_out_item_gives_each_buyer_their_place_in_line(store):
    db, show_id = store
    desk = ChatDesk(db, show_id)
    first, second = desk.take(said(1, "sold A8")).notice, desk.take(said(2, "quero A8")).notice
    assert first == BuyerNotice(NoticeKind.WAITLISTED, "viewer1", ROUTE, "A8", position=1)
    assert second is not None and second.position == 2


def test_a_product_with_variants_but_none_named_asks_which(store):
    db, show_id = store
    desk = ChatDesk(db, show_id)
    sneakers, no_such = desk.take(said(1, "sold A3")).notice, desk.take(said(2, "sold A1 XL")).notice
    assert sneakers == BuyerNotice(NoticeKind.WHICH_VARIANT, "viewer1", ROUTE, "A3",
                                   choices=("38", "39", "40", "41", "42"))
    assert no_such is not None and no_such.kind is NoticeKind.WHICH_VARIANT and no_such.product_code == "A1"
    assert no_such.choices[0] == "S / Sand"


def test_nothing_is_said_for_a_repeat_a_bad_quantity_a_question_or_a_hello(store):
    db, show_id = store
    desk = ChatDesk(db, show_id)
    assert desk.take(said(1, "sold A2")).notice is not None
    assert desk.take(said(1, "sold A2")).notice is None  # the same comment again: answered already
    assert desk.take(said(2, "sold A2 x500")).notice is None
    assert desk.take(said(3, "how much is A2?")).notice is None
    assert desk.take(said(4, "hello!")).notice is None


def test_with_chat_replies_off_nothing_is_said_and_turning_it_on_takes_effect_during_the_show(
        store, other_connection, monkeypatch):
    db, show_id = store
    monkeypatch.setattr(desk_module, "RELOAD_CHECK_SECONDS", 0.0)
    set_setting(db, SETTING, "off")
    desk = ChatDesk(db, show_id)
    taken = desk.take(said(1, "sold A2"))
    assert taken.kind == "buy" and taken.order_id is not None and taken.notice is None  # the order stands
    set_setting(other_connection, SETTING, "on")
    assert desk.take(said(2, "sold A4")).notice is not None
