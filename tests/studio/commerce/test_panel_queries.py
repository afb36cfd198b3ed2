"""The queries a live panel follows a show with: chat since a message (moderated ones left out),
questions since one, by id and changed since a change, orders changed since a state change, the
waiting list (and who joined it since a line, and whom orders served), the sales."""

from __future__ import annotations

import pytest

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.chat.removal import Removal
from studio.commerce.chat_feed import chat_after, shown_messages
from studio.commerce.moderation import BLOCKED_USERS, block
from studio.commerce.order_list import latest_order_change, order_changes, orders_with_ids
from studio.commerce.orders import change_state
from studio.commerce.privacy import forget_buyer
from studio.commerce.question_queue import (
    latest_question_change,
    question_changes,
    questions_after,
    questions_with_ids,
    set_question_state,
)
from studio.commerce.reports import Sales, show_sales
from studio.commerce.waiting_list import latest_wait_line, served_by, waiting
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


def test_question_changes_name_the_questions_changed_since_a_change_and_nothing_else(shop):
    db, show, say = shop
    start = latest_question_change(db)
    first, second, third = (say(name, f"is A{n} see-through?") for n, name in enumerate(("ana", "bea", "cid"), 1))
    say("dee", "hello")
    assert question_changes(db, show, start) == (start, set())  # being asked is not a change
    set_question_state(db, second, "pinned")
    seen, changed = question_changes(db, show, start)
    assert seen > start and changed == {second}
    set_question_state(db, first, "featured")
    set_question_state(db, third, "featured")  # the first one on stream is answered by it
    latest, changed = question_changes(db, show, seen)
    assert changed == {first, third}
    assert [question[3] for question in questions_with_ids(db, changed)] == ["answered", "featured"]
    assert question_changes(db, show, latest) == (latest, set())


def test_a_moderators_removal_and_a_forgotten_buyer_are_question_changes(shop):
    db, show, say = shop
    asked, kept = say("ana", "is A1 see-through?"), say("bea", "does A2 come in blue?")
    start = latest_question_change(db)
    ChatDesk(db, show).remove(Removal("twitch", "#shop", user_id="ana"))
    seen, changed = question_changes(db, show, start)
    assert changed == {asked} and questions_with_ids(db, changed)[0][3] == "dismissed"
    forget_buyer(db, "bea")
    _, changed = question_changes(db, show, seen)
    assert changed == {kept} and questions_with_ids(db, changed) == []  # no longer in the store


def test_who_joined_the_waitlist_since_a_line_and_whom_orders_served(shop):
    db, show, say = shop
    for buyer in ("ana", "bea", "cid"):  # A5 has 3 in stock
        say(buyer, "sold A5")
    start = latest_wait_line(db)
    say("dee", "sold A5")
    say("eve", "sold A5")
    dee, eve = waiting(db, show, start)
    assert (dee.buyer_name, eve.buyer_name) == ("Dee", "Eve")
    assert waiting(db, show, latest_wait_line(db)) == []
    seen = latest_order_change(db)
    change_state(db, min(order_changes(db, show, 0)[1]), "cancelled")  # Ana's: Dee is served
    _, moved = order_changes(db, show, seen)
    assert served_by(db, show, moved) == [dee.id]
    assert waiting(db, show) == [eve]
