import pytest

from studio.chat.message import ChatMessage
from studio.commerce.giveaways import (
    GiveawayError,
    GiveawaySummary,
    draw,
    enter,
    latest_giveaway,
    start_giveaway,
    verify_draw,
)
from studio.commerce.polls import PollError, choice, close_poll, open_polls, results, start_poll, vote
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


def test_a_poll_closed_early_takes_no_more_votes_and_needs_words(db):
    show = start_show(db)
    poll = start_poll(db, show, "Size?", ["S", "M"], minutes=10, at=0.0)
    assert vote(db, poll, said("ana", "1", at=30.0))
    close_poll(db, poll, at=60.0)
    assert not vote(db, poll, said("bea", "2", at=61.0))
    assert open_polls(db, show, at=61.0) == [] and results(db, poll).votes == (1, 0)
    close_poll(db, poll, at=90.0)  # closing again never reopens it
    assert db.execute("SELECT closes_at FROM polls").fetchone()[0] == 60.0
    with pytest.raises(PollError, match="there is no poll 99"):
        close_poll(db, 99)
    with pytest.raises(PollError, match="a question and options that are not empty"):
        start_poll(db, show, "  ", ["S", "M"], minutes=1)
    with pytest.raises(PollError, match="a question and options that are not empty"):
        start_poll(db, show, "Size?", ["S", " "], minutes=1)


def test_verifying_a_draw_replays_it_and_says_when_the_entries_changed(db):
    giveaway = start_giveaway(db, start_show(db), "win", minutes=5, at=0.0)
    with pytest.raises(GiveawayError, match=f"giveaway {giveaway} has not been drawn"):
        verify_draw(db, giveaway)
    for name in ("ana", "bea", "cid"):
        enter(db, giveaway, said(name, "win"))
    drawn = draw(db, giveaway)
    assert verify_draw(db, giveaway) == drawn
    db.execute("DELETE FROM giveaway_entries WHERE entrant_id = ?", (drawn.winner_id,))
    with pytest.raises(GiveawayError, match="the entries changed after the draw"):
        verify_draw(db, giveaway)


def test_the_newest_giveaway_of_a_show_with_its_entries_and_draw(db):
    show = start_show(db)
    assert latest_giveaway(db, show) is None
    start_giveaway(db, show, "old", minutes=5, at=0.0)
    giveaway = start_giveaway(db, show, "Sorteo", minutes=5, at=0.0, prize="Taza <b>azul</b>")
    enter(db, giveaway, said("ana", "sorteo", at=1.0))
    summary = latest_giveaway(db, show)
    assert summary == GiveawaySummary(giveaway, "Taza <b>azul</b>", "SORTEO", 1, 300.0, None, None, None)
    drawn = draw(db, giveaway)
    assert latest_giveaway(db, show) == GiveawaySummary(giveaway, "Taza <b>azul</b>", "SORTEO", 1, 300.0,
                                                        "Ana", "twitch", drawn.seed)


def test_a_poll_with_an_empty_question_or_option_is_refused(db):
    show = start_show(db)
    for question, options in (("  ", ["Sand", "Olive"]), ("Colour?", ["Sand", " "])):
        with pytest.raises(PollError, match="not empty"):
            start_poll(db, show, question, options, 2)
