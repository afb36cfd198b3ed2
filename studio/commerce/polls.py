"""Polls: viewers vote by typing 1/2/3 or A/B/C; one vote per viewer (their first counts);
votes after the closing time are not counted."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.chat.message import ChatMessage
from studio.storage import inserted_id, transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

LETTERS = "ABCDEF"
RESULTS_SHOWN_SECONDS = 10.0  # on stream after the poll closes


class PollError(Refusal):
    pass


@dataclass(frozen=True)
class PollResult:
    question: str
    options: tuple[str, ...]
    votes: tuple[int, ...]


def start_poll(db: Database, show_id: int, question: str, options: list[str], minutes: float, at: float | None = None) -> int:
    question, options = question.strip(), [option.strip() for option in options]
    if not question or not all(options):
        raise PollError(QT_TRANSLATE_NOOP("Refusals", "a poll needs a question and options that are not empty"))
    if not 2 <= len(options) <= len(LETTERS):
        raise PollError(QT_TRANSLATE_NOOP("Refusals", "a poll has 2 to %1 options, not %2"), len(LETTERS), len(options))
    if not 0 < minutes <= 24 * 60:
        raise PollError(QT_TRANSLATE_NOOP("Refusals", "a poll is open from a few seconds to a day, not %1 minutes"), f"{minutes:g}")
    starts = time.time() if at is None else at
    with transaction(db):
        cursor = db.execute("INSERT INTO polls (show_id, question, options, closes_at) VALUES (?, ?, ?, ?)",
                            (show_id, question, json.dumps(options, ensure_ascii=False), starts + minutes * 60))
        return inserted_id(cursor)


def close_poll(db: Database, poll_id: int, at: float | None = None) -> None:
    """Stops the poll taking votes (its result stays on stream for a while)."""
    with transaction(db):
        cursor = db.execute("UPDATE polls SET closes_at = min(closes_at, ?) WHERE id = ?",
                            (time.time() if at is None else at, poll_id))
        if cursor.rowcount == 0:
            raise PollError(QT_TRANSLATE_NOOP("Refusals", "there is no poll %1"), poll_id)


def choice(text: str, options: int) -> int | None:
    """The option a vote names (0-based): "2", "B", "b)" or "#2"; None when it is not a vote."""
    word = text.strip().strip("#().!").upper()
    if word.isdigit() and 1 <= int(word) <= options:
        return int(word) - 1
    if len(word) == 1 and word in LETTERS[:options]:
        return LETTERS.index(word)
    return None


def vote(db: Database, poll_id: int, message: ChatMessage) -> bool:
    """True when the message was a counted vote."""
    row = db.execute("SELECT options, closes_at FROM polls WHERE id = ?", (poll_id,)).fetchone()
    if row is None or message.time >= row[1]:
        return False
    picked = choice(message.text, len(json.loads(row[0])))
    if picked is None:
        return False
    with transaction(db):
        cursor = db.execute("INSERT OR IGNORE INTO poll_votes (poll_id, platform, voter_id, option, voted_at) "
                            "VALUES (?, ?, ?, ?, ?)", (poll_id, message.platform, message.author_id, picked, message.time))
        return cursor.rowcount == 1


def results(db: Database, poll_id: int) -> PollResult:
    question, options = db.execute("SELECT question, options FROM polls WHERE id = ?", (poll_id,)).fetchone()
    names = tuple(json.loads(options))
    counts = dict(db.execute("SELECT option, count(*) FROM poll_votes WHERE poll_id = ? GROUP BY option", (poll_id,)))
    return PollResult(question, names, tuple(counts.get(index, 0) for index in range(len(names))))


def latest_poll(db: Database, show_id: int) -> int:
    row = db.execute("SELECT max(id) FROM polls WHERE show_id = ?", (show_id,)).fetchone()
    if row[0] is None:
        raise PollError(QT_TRANSLATE_NOOP("Refusals", "show %1 has had no poll"), show_id)
    return int(row[0])


def poll_on_stream(db: Database, show_id: int, wall: float) -> PollResult | None:
    """The show's newest poll while it is open, and its result for a while after it closes."""
    row = db.execute("SELECT id FROM polls WHERE show_id = ? AND closes_at > ? ORDER BY id DESC LIMIT 1",
                     (show_id, wall - RESULTS_SHOWN_SECONDS)).fetchone()
    return results(db, row[0]) if row else None


def open_polls(db: Database, show_id: int, at: float) -> list[tuple[int, int]]:
    """(id, how many options) of the show's polls still taking votes at `at`, newest first."""
    rows = db.execute("SELECT id, options FROM polls WHERE show_id = ? AND closes_at > ? ORDER BY id DESC",
                      (show_id, at)).fetchall()
    return [(poll_id, len(json.loads(options))) for poll_id, options in rows]
