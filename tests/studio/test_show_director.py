"""The stream's graphics follow the store: what is pinned, its live stock, a flash sale's
price and countdown, and the featured question."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest

from studio.catalog import find_by_code, save_products
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.flash_sales import end_flash_sale, start_flash_sale
from studio.commerce.question_queue import set_question_state
from studio.demo_catalog import ensure_demo_catalog
from studio.show_director import ShowDirector, read_on_stream
from studio.show_overlays import CARD, COUNTDOWN, GIVEAWAY, POLL, QUESTION, ShowOverlays
from studio.shows import pin_product, start_show
from studio.storage import open_database

W, H = 1280, 720


@pytest.fixture
def stage(tmp_path, qapp):
    db = open_database(tmp_path / "vitrina.db")
    ensure_demo_catalog(db, tmp_path / "images")
    show = start_show(db)
    overlays = ShowOverlays(W, H, "en_US", [])
    yield db, show, overlays, ShowDirector(tmp_path / "vitrina.db", show, overlays)
    db.conn.close()


def card_within(overlays: ShowOverlays, seconds: float) -> bool:
    """Whether the director's thread puts the card up within `seconds`."""
    deadline = time.monotonic() + seconds
    while not overlays.showing(CARD) and time.monotonic() < deadline:
        time.sleep(0.02)
    return overlays.showing(CARD)


def card_pixels(overlays: ShowOverlays, name: str) -> np.ndarray:
    return overlays._graphics[name].image.pixels.copy()


def test_the_pinned_product_and_its_live_stock_reach_the_card(stage):
    db, show, overlays, director = stage
    mug = find_by_code(db, "A2")
    director.tick(read_on_stream(db, show, 1000.0), wall=1000.0, moment=10.0)
    assert not overlays.showing(CARD)
    pin_product(db, show, mug.id)
    director.tick(read_on_stream(db, show, 1000.0), wall=1000.0, moment=11.0)
    assert overlays.showing(CARD)
    before = card_pixels(overlays, CARD)
    director.tick(read_on_stream(db, show, 1001.0), wall=1001.0, moment=12.0)
    assert np.array_equal(card_pixels(overlays, CARD), before)  # nothing changed: no new render
    save_products(db, [replace(mug, stock=2)])
    director.tick(read_on_stream(db, show, 1002.0), wall=1002.0, moment=13.0)
    assert not np.array_equal(card_pixels(overlays, CARD), before)  # "Only 2 left" now
    pin_product(db, show, None)
    director.tick(read_on_stream(db, show, 1003.0), wall=1003.0, moment=14.0)
    assert not overlays.showing(CARD) and overlays(14.3) == []


def test_a_flash_sale_reprices_the_card_counts_down_and_says_it_ended(stage):
    db, show, overlays, director = stage
    mug = find_by_code(db, "A2")
    pin_product(db, show, mug.id)
    director.tick(read_on_stream(db, show, 1000.0), wall=1000.0, moment=10.0)
    full_price = card_pixels(overlays, CARD)
    start_flash_sale(db, mug.id, 1900, minutes=0.5, at=1000.0)
    director.tick(read_on_stream(db, show, 1001.0), wall=1001.0, moment=11.0)
    assert overlays.showing(COUNTDOWN) and not np.array_equal(card_pixels(overlays, CARD), full_price)
    at_29 = card_pixels(overlays, COUNTDOWN)
    director.tick(read_on_stream(db, show, 1001.4), wall=1001.4, moment=11.4)
    assert np.array_equal(card_pixels(overlays, COUNTDOWN), at_29)  # same second: no render
    director.tick(read_on_stream(db, show, 1002.0), wall=1002.0, moment=12.0)
    assert not np.array_equal(card_pixels(overlays, COUNTDOWN), at_29)  # 00:28
    director.tick(read_on_stream(db, show, 1030.0), wall=1030.0, moment=40.0)  # ended by itself
    assert overlays.showing(COUNTDOWN) and np.array_equal(card_pixels(overlays, CARD), full_price)
    director.tick(read_on_stream(db, show, 1032.0), wall=1032.0, moment=42.0)
    assert overlays.showing(COUNTDOWN)  # "Sale ended" stays a few seconds
    director.tick(read_on_stream(db, show, 1033.5), wall=1033.5, moment=43.5)
    assert not overlays.showing(COUNTDOWN)


def test_ending_a_sale_early_or_unpinning_takes_the_countdown_away(stage):
    db, show, overlays, director = stage
    mug = find_by_code(db, "A2")
    pin_product(db, show, mug.id)
    start_flash_sale(db, mug.id, 1900, minutes=5, at=1000.0)
    director.tick(read_on_stream(db, show, 1001.0), wall=1001.0, moment=11.0)
    pin_product(db, show, None)
    director.tick(read_on_stream(db, show, 1002.0), wall=1002.0, moment=12.0)
    assert not overlays.showing(COUNTDOWN) and not overlays.showing(CARD)
    pin_product(db, show, mug.id)
    director.tick(read_on_stream(db, show, 1003.0), wall=1003.0, moment=13.0)
    assert overlays.showing(COUNTDOWN)
    end_flash_sale(db, mug.id, at=1004.0)
    assert read_on_stream(db, show, 1004.5).sale is None


def test_the_featured_question_follows_the_host(stage):
    db, show, overlays, director = stage
    desk = ChatDesk(db, show)
    for index, text in enumerate(("Does it come in olive?", "¿Hay talla M?")):
        desk.take(ChatMessage("twitch", "#shop", str(index), f"viewer{index}", text, 1000.0 + index))
    first, second = (row[0] for row in db.execute("SELECT id FROM chat_messages ORDER BY id"))
    set_question_state(db, first, "featured")
    director.tick(read_on_stream(db, show, 1005.0), wall=1005.0, moment=15.0)
    assert overlays.showing(QUESTION)
    olive = card_pixels(overlays, QUESTION)
    set_question_state(db, second, "featured")  # replaces the first, which counts as answered
    director.tick(read_on_stream(db, show, 1006.0), wall=1006.0, moment=16.0)
    assert not np.array_equal(card_pixels(overlays, QUESTION), olive)
    assert db.execute("SELECT question_state FROM chat_messages WHERE id = ?", (first,)).fetchone()[0] == "answered"
    set_question_state(db, second, "answered")
    director.tick(read_on_stream(db, show, 1007.0), wall=1007.0, moment=17.0)
    assert not overlays.showing(QUESTION)


def test_its_thread_sees_another_connection_pin_within_a_second(stage):
    db, show, overlays, director = stage
    director.start()
    try:
        pin_product(db, show, find_by_code(db, "A1").id)
        assert card_within(overlays, 1.0)
    finally:
        director.stop()


def test_a_poll_shows_live_votes_then_its_result_for_10_s_after_closing(stage):
    from studio.commerce.polls import start_poll

    db, show, overlays, director = stage
    desk = ChatDesk(db, show)
    start_poll(db, show, "Next colour?", ["Sand", "Olive"], minutes=1, at=1000.0)
    director.tick(read_on_stream(db, show, 1001.0), wall=1001.0, moment=11.0)
    assert overlays.showing(POLL)
    no_votes = card_pixels(overlays, POLL)
    desk.take(ChatMessage("twitch", "#shop", "1", "ana", "2", 1002.0))
    director.tick(read_on_stream(db, show, 1003.0), wall=1003.0, moment=13.0)
    assert not np.array_equal(card_pixels(overlays, POLL), no_votes)  # Olive 100%
    director.tick(read_on_stream(db, show, 1065.0), wall=1065.0, moment=75.0)
    assert overlays.showing(POLL)  # closed 5 s ago: the result stays
    director.tick(read_on_stream(db, show, 1071.0), wall=1071.0, moment=81.0)
    assert not overlays.showing(POLL)


def test_a_giveaway_counts_entries_then_shows_the_winner_for_15_s(stage):
    from studio.commerce.giveaways import draw, start_giveaway

    db, show, overlays, director = stage
    desk = ChatDesk(db, show)
    giveaway = start_giveaway(db, show, "win", minutes=1, at=time.time(), prize="Silk scrunchie set")
    director.tick(read_on_stream(db, show, time.time()), moment=10.0)
    empty = card_pixels(overlays, GIVEAWAY)
    desk.take(ChatMessage("twitch", "#shop", "1", "ana", "win", time.time()))
    director.tick(read_on_stream(db, show, time.time()), moment=11.0)
    one_entry = card_pixels(overlays, GIVEAWAY)
    assert not np.array_equal(one_entry, empty)
    drawn = draw(db, giveaway)
    assert drawn.winner_name == "ana"
    director.tick(read_on_stream(db, show, time.time()), moment=12.0)
    assert not np.array_equal(card_pixels(overlays, GIVEAWAY), one_entry)
    director.tick(read_on_stream(db, show, time.time() + 16), moment=28.0)
    assert not overlays.showing(GIVEAWAY)


def test_a_new_order_for_the_pinned_product_bursts_once_with_the_buyers_name(stage):
    db, show, overlays, director = stage
    desk = ChatDesk(db, show)
    desk.take(ChatMessage("twitch", "#shop", "0", "early", "sold A2", time.time()))
    pin_product(db, show, find_by_code(db, "A2").id)
    director.tick(read_on_stream(db, show, time.time()), moment=10.0)
    assert not overlays.bursting(10.0)  # an order from before the pin makes no burst
    desk.take(ChatMessage("twitch", "#shop", "1", "ana", "sold A2", time.time()))
    director.tick(read_on_stream(db, show, time.time()), moment=11.0)
    assert overlays.bursting(11.0)
    popping, holding, gone = len(overlays(11.05)), len(overlays(11.8)), len(overlays(12.7))
    assert popping == holding == gone + 1  # card and ticker, plus the burst while it plays
    desk.take(ChatMessage("twitch", "#shop", "2", "bea", "sold A2", time.time()))
    director.tick(read_on_stream(db, show, time.time()), moment=11.5)
    assert overlays._burst[0] == 11.0  # no new burst over a playing one
    desk.take(ChatMessage("twitch", "#shop", "3", "cid", "sold A1", time.time()))
    director.tick(read_on_stream(db, show, time.time()), moment=13.0)
    assert not overlays.bursting(13.0)  # another product's order


def test_failing_ticks_delay_the_graphics_without_stopping_them_and_are_said_once(stage, monkeypatch, caplog):
    import sqlite3

    from studio import show_director

    db, show, overlays, director = stage
    failures = iter(range(3))

    def flaky(*args):
        if next(failures, None) is not None:  # the first three ticks: a store locked past its timeout
            raise sqlite3.OperationalError("database is locked")
        return read_on_stream(*args)

    monkeypatch.setattr(show_director, "read_on_stream", flaky)
    pin_product(db, show, find_by_code(db, "A2").id)
    director.start()
    try:
        assert card_within(overlays, 3.0)
    finally:
        director.stop()
    assert caplog.text.count("a tick failed") == 1
