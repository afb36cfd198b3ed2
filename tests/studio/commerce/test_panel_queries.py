"""The queries a live panel follows a show with: chat since a message (moderated ones left out),
questions since one and by id, orders changed since a state change, the waiting list, the sales."""

from __future__ import annotations

import pytest

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.chat_feed import chat_after, shown_messages
from studio.commerce.moderation import BLOCKED_USERS, block
from studio.commerce.order_list import latest_order_change, order_changes, orders_with_ids
from studio.commerce.orders import change_state
from studio.commerce.question_queue import questions_after, questions_with_ids, set_question_state
from studio.commerce.reports import Sales, show_sales
from studio.commerce.waiting_list import waiting
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store


@pytest.fixture
def shop(tmp_path):
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    block(db, BLOCKED_USERS, "troll")
    desk = ChatDesk(db, show)

    def say(author: str, text: str) -> int:
        return desk.take(ChatMessage("twitch", "#shop", author, author.title(), text, 100.0)).message_id

    yield db, show, say
    db.conn.close()


def test_chat_since_a_message_leaves_out_hidden_ones_and_keeps_the_newest(shop):
    db, show, say = shop
    first = say("ana", "hello")
    say("troll", "spam")
    last = say("bea", "<b>hi</b>")
    newest, lines = chat_after(db, show, 0, 10)
    assert newest == last and [(line.author_name, line.text) for line in lines] == [("Ana", "hello"), ("Bea", "<b>hi</b>")]
    assert chat_after(db, show, first, 1) == (last, [lines[1]])
    assert chat_after(db, show, last, 10) == (last, [])
    assert shown_messages(db, show) == 2


def test_questions_since_a_message_and_as_they_are_now(shop):
    db, show, say = shop
    before = say("ana", "hello")
    asked = say("bea", "is A1 see-through?")
    assert questions_after(db, show, before) == [(asked, "Bea", "is A1 see-through?", "open")]
    set_question_state(db, asked, "answered")
    assert questions_with_ids(db, {asked, before}) == [(asked, "Bea", "is A1 see-through?", "answered")]


def test_orders_changed_since_a_state_change_the_waiting_list_and_the_sales(shop):
    db, show, say = shop
    start = latest_order_change(db)
    for buyer in ("ana", "bea", "cid", "dee"):  # A5 has 3 in stock
        say(buyer, "sold A5")
    seen, placed = order_changes(db, show, start)
    assert len(placed) == 3
    assert [line.buyer_name for line in waiting(db, show)] == ["Dee"]
    assert show_sales(db, show) == Sales(3, {"USD": 9600})
    first = min(placed)
    change_state(db, first, "cancelled")  # Dee is served
    latest, moved = order_changes(db, show, seen)
    assert latest > seen and first in moved and len(moved) == 2
    assert [(line.buyer_name, line.state) for line in orders_with_ids(db, show, moved)] == [
        ("Ana", "cancelled"), ("Dee", "reserved")]
    assert waiting(db, show) == []
    assert order_changes(db, show, latest) == (latest, set())
