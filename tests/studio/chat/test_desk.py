"""The chat desk takes each message for what it is: a vote, an entry, a buy, a question."""

from __future__ import annotations

import pytest

from studio.chat.message import ChatMessage
from studio.chat.desk import ChatDesk
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
    [(question_id, author, _)] = open_questions(db, show)
    set_question_state(db, question_id, "answered")
    assert open_questions(db, show) == []
    with pytest.raises(QuestionError, match="is not a question"):
        set_question_state(db, question_id - 1, "answered")
