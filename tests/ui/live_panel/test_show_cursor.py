"""The live panel's cursor reads only what changed since its last read: after the first batch,
a question answered is one changed question (not every open one again), a sold-out buy is one
new waitlist line, and an order that serves a waiting buyer names that line."""

from __future__ import annotations

import pytest

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.orders import change_state
from studio.commerce.privacy import forget_buyer
from studio.commerce.question_queue import set_question_state
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store
from ui.live_panel.show_cursor import ShowCursor


@pytest.fixture
def shop(tmp_path):
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    desk = ChatDesk(db, show)

    def say(author: str, text: str) -> int:
        return desk.take(ChatMessage("twitch", "#shop", author, author.title(), text, 100.0)).message_id

    yield db, show, say
    db.conn.close()


def test_after_the_first_batch_a_question_answered_is_the_one_question_read(shop):
    db, show, say = shop
    asked = [say(name, f"is A{n} see-through?") for n, name in enumerate(("ana", "bea", "cid", "dee"), 1)]
    cursor = ShowCursor(show, 1)
    first = cursor.read(db)
    assert first is not None and first.first and [question[0] for question in first.questions] == asked
    assert cursor.read(db) is None  # nothing changed
    set_question_state(db, asked[1], "answered")
    batch = cursor.read(db)
    assert batch is not None and not batch.first
    assert batch.questions == [(asked[1], "Bea", "is A2 see-through?", "answered")]
    assert (batch.chat, batch.orders, batch.waitlist, batch.questions_gone) == ([], [], [], [])
    say("eve", "hello")
    say("fay", "does A2 come in blue?")
    batch = cursor.read(db)
    assert batch is not None and [question[1] for question in batch.questions] == ["Fay"]  # the new one only
    forget_buyer(db, "cid")
    batch = cursor.read(db)
    assert batch is not None and batch.questions == [] and batch.questions_gone == [asked[2]]


def test_the_waitlist_comes_line_by_line_and_an_order_names_the_line_it_served(shop):
    db, show, say = shop
    for buyer in ("ana", "bea", "cid", "dee"):  # A5 has 3 in stock
        say(buyer, "sold A5")
    cursor = ShowCursor(show, 1)
    first = cursor.read(db)
    assert first is not None and [line.buyer_name for line in first.waitlist] == ["Dee"]
    dee = first.waitlist[0]
    say("eve", "sold A5")
    batch = cursor.read(db)
    assert batch is not None and [line.buyer_name for line in batch.waitlist] == ["Eve"]
    assert batch.waitlist_served == []
    ana = min(line.id for line in first.orders)
    change_state(db, ana, "cancelled")  # Dee is served
    batch = cursor.read(db)
    assert batch is not None and batch.waitlist == [] and batch.waitlist_served == [dee.id]
    assert sorted((line.buyer_name, line.state) for line in batch.orders) == [("Ana", "cancelled"), ("Dee", "reserved")]
