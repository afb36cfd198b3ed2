"""The chat desk takes each message for what it is: a vote, an entry, a buy, a question."""

from __future__ import annotations

import pytest

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.giveaways import start_giveaway
from studio.commerce.polls import results, start_poll
from studio.commerce.question_queue import QuestionError, open_questions, set_question_state
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store


@pytest.fixture
def floor(tmp_path):
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    yield ChatDesk(db, show), db, show
    db.conn.close()


def said(author: str, text: str, at: float = 100.0) -> ChatMessage:
    return ChatMessage("twitch", "#shop", author, author.title(), text, at)


def test_votes_entries_buys_and_questions_are_told_apart(floor):
    shop, db, show = floor
    poll = start_poll(db, show, "Next colour?", ["Sand", "Olive"], minutes=10, at=0.0)
    start_giveaway(db, show, "win", minutes=10, at=0.0)
    for author, text in (("ana", "2"), ("bea", "win"), ("cid", "sold A2"), ("dee", "is A1 see-through?")):
        shop.take(said(author, text))
    notes = db.execute("SELECT author_id, kind, note, question_state FROM chat_messages ORDER BY id").fetchall()
    assert notes == [("ana", "message", "vote", None), ("bea", "message", "giveaway entry", None),
                     ("cid", "buy", "reserved", None), ("dee", "question", None, "open")]
    assert results(db, poll).votes == (0, 1)
    [(question_id, author, _, _)] = open_questions(db, show)
    set_question_state(db, question_id, "answered")
    assert open_questions(db, show) == []
    with pytest.raises(QuestionError, match="is not a question"):
        set_question_state(db, question_id - 1, "answered")


def test_a_block_or_a_new_product_from_another_process_applies_within_a_second(floor, tmp_path, monkeypatch):
    from dataclasses import replace

    from studio.catalog import find_by_code, save_products
    from studio.chat import desk as desk_module
    from studio.commerce.moderation import BLOCKED_WORDS, block

    shop, db, show = floor
    monkeypatch.setattr(desk_module, "RELOAD_CHECK_SECONDS", 0.0)
    other = open_store(resolve_paths(tmp_path), seed_demo=False)
    try:
        shop.take(said("ana", "sold Z9 please"))  # no such product yet
        block(other, BLOCKED_WORDS, "scam")
        save_products(other, [replace(find_by_code(other, "A2"), sku="NEW-1", code="Z9", title="New mug")])
        shop.take(said("bea", "sold Z9"))
        shop.take(said("cid", "this is a SCAM"))
    finally:
        other.conn.close()
    kinds = db.execute("SELECT author_id, kind, note FROM chat_messages ORDER BY id").fetchall()
    assert kinds == [("ana", "flagged", "no product has the code Z9"), ("bea", "buy", "reserved"),
                     ("cid", "hidden", None)]


def test_a_moderators_removal_on_the_platform_hides_the_messages_here(floor):
    from studio.chat.removal import Removal
    from studio.commerce.question_queue import featured_question

    shop, db, show = floor
    for index, (author, text) in enumerate((("ana", "does A1 come in olive?"), ("ana", "buy my followers"),
                                            ("bea", "hello"), ("cid", "what about A2?"))):
        shop.take(ChatMessage("twitch", "#shop", author, author.title(), text, 100.0, message_id=f"m{index}"))
    first = db.execute("SELECT id FROM chat_messages WHERE message_id = 'm0'").fetchone()[0]
    set_question_state(db, first, "featured")
    assert shop.remove(Removal("twitch", "#shop", message_id="m1")) == 1
    assert shop.remove(Removal("youtube", "#shop", user_id="ana")) == 0  # another platform's ana
    assert shop.remove(Removal("twitch", "#shop", user_id="ana")) == 2
    assert featured_question(db, show) is None  # off the stream
    kinds = db.execute("SELECT message_id, kind, question_state FROM chat_messages ORDER BY id").fetchall()
    assert kinds == [("m0", "hidden", "dismissed"), ("m1", "hidden", None), ("m2", "message", None),
                     ("m3", "question", "open")]
    assert shop.remove(Removal("twitch", "#shop")) == 4  # the whole chat cleared
    assert open_questions(db, show) == []


def test_a_flagged_comment_keeps_its_reason_beside_the_english_note(floor):
    from studio.commerce.buy_comments import NOT_ONE_OF
    from studio.commerce.chat_feed import chat_after
    from studio.kept_reasons import kept_reason

    shop, db, show = floor
    shop.take(said("ana", "sold A1 XL"))
    shop.take(said("bea", "sold A2"))
    rows = db.execute("SELECT kind, note, reason FROM chat_messages ORDER BY id").fetchall()
    assert [row[:2] for row in rows] == [("flagged", "which Size / Colour? ('xl' is not one of A1's)"),
                                         ("buy", "reserved")]
    kept = kept_reason(rows[0][2])
    assert kept is not None and (kept.template, kept.values) == (NOT_ONE_OF, ("Size / Colour", "xl", "A1"))
    assert rows[1][2] is None  # a buy's note is a word the window knows
    _, lines = chat_after(db, show, 0, 10)
    assert lines[0].reason is not None and str(lines[0].reason) == lines[0].note
    assert lines[1].reason is None


def test_a_message_a_moderator_removed_keeps_the_reason_too(floor):
    from studio.chat.desk import REMOVED
    from studio.chat.removal import Removal
    from studio.kept_reasons import kept_reason

    shop, db, show = floor
    shop.take(ChatMessage("twitch", "#shop", "ana", "Ana", "sold A9", 100.0, message_id="m1"))
    assert shop.remove(Removal("twitch", "#shop", message_id="m1")) == 1
    [(kind, note, reason)] = db.execute("SELECT kind, note, reason FROM chat_messages").fetchall()
    kept = kept_reason(reason)
    assert (kind, note) == ("hidden", "removed by a moderator")
    assert kept is not None and kept.template == REMOVED.template
