import pytest

from studio.chat.message import ChatMessage
from studio.commerce.giveaways import GiveawayError, draw, enter, start_giveaway
from studio.commerce.polls import PollError, choice, results, start_poll, vote
from studio.shows import start_show


def said(author: str, text: str, at: float = 100.0, badges=()) -> ChatMessage:
    return ChatMessage("twitch", "#shop", author, author.title(), text, at, frozenset(badges))


def test_one_vote_per_viewer_by_number_or_letter_until_the_poll_closes(db):
    poll = start_poll(db, start_show(db), "Which colour next?", ["Sand", "Olive", "Black"], minutes=1, at=60.0)
    assert vote(db, poll, said("ana", "2")) and vote(db, poll, said("bea", "b")) and vote(db, poll, said("cid", "#3"))
    assert not vote(db, poll, said("ana", "1"))  # a second vote: the first counts
    assert not vote(db, poll, said("dee", "4")) and not vote(db, poll, said("eve", "I like 2"))
    assert not vote(db, poll, said("fay", "1", at=120.0))  # closed
    assert results(db, poll).votes == (0, 2, 1)
    assert choice("C)", 3) == 2 and choice("c", 2) is None
    with pytest.raises(PollError, match="2 to 6 options, not 1"):
        start_poll(db, 1, "?", ["only"], minutes=1)


def test_giveaway_entries_once_each_without_moderators_and_a_draw_anyone_can_replay(db):
    giveaway = start_giveaway(db, start_show(db), "WIN", minutes=5, at=0.0)
    for name in ("ana", "bea", "cid", "dee"):
        assert enter(db, giveaway, said(name, "win!"))
    assert not enter(db, giveaway, said("ana", "WIN again"))
    assert not enter(db, giveaway, said("mod", "win", badges={"moderator"}))
    assert not enter(db, giveaway, said("host", "win", badges={"broadcaster"}))
    assert not enter(db, giveaway, said("eve", "winner winner"))  # the keyword as a word
    result = draw(db, giveaway)
    assert result.entries == 4 and result.winner_id in {"ana", "bea", "cid", "dee"}
    stored = db.execute("SELECT seed, winner_id FROM giveaways").fetchone()
    assert stored == (result.seed, result.winner_id)
    assert draw(db, giveaway, seed=result.seed).winner_id == result.winner_id  # the audit replays it
    assert not enter(db, giveaway, said("zed", "win"))  # drawn: closed
    with pytest.raises(GiveawayError, match="one word"):
        start_giveaway(db, 1, "win now", minutes=1)


def test_the_draw_is_fair_over_many_seeds(db):
    giveaway = start_giveaway(db, start_show(db), "win", minutes=5, at=0.0)
    for name in ("ana", "bea", "cid"):
        enter(db, giveaway, said(name, "win"))
    wins = [draw(db, giveaway, seed=str(seed)).winner_id for seed in range(3000)]
    assert all(800 < wins.count(name) < 1200 for name in ("ana", "bea", "cid"))


def test_a_poll_with_an_empty_question_or_option_is_refused(db):
    show = start_show(db)
    for question, options in (("  ", ["Sand", "Olive"]), ("Colour?", ["Sand", " "])):
        with pytest.raises(PollError, match="not empty"):
            start_poll(db, show, question, options, 2)
