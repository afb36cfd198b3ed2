"""The host's questions: each can be pinned, answered, dismissed or featured on stream."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlite_utils import Database

from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

QUESTION_STATES = ("open", "pinned", "answered", "dismissed", "featured")


class QuestionError(Refusal):
    pass


def set_question_state(db: Database, message_id: int, state: str) -> None:
    if state not in QUESTION_STATES:
        raise QuestionError(QT_TRANSLATE_NOOP("Refusals", "'%1' is not one of %2"), state, ', '.join(QUESTION_STATES))
    with transaction(db):
        row = db.execute("SELECT show_id FROM chat_messages WHERE id = ? AND kind = 'question'", (message_id,)).fetchone()
        if row is None:
            raise QuestionError(QT_TRANSLATE_NOOP("Refusals", "message %1 is not a question"), message_id)
        if state == "featured":  # one question on stream at a time: the one it replaces counts as answered
            db.execute("UPDATE chat_messages SET question_state = 'answered' WHERE show_id = ? AND kind = 'question' "
                       "AND question_state = 'featured' AND id != ?", (row[0], message_id))
        db.execute("UPDATE chat_messages SET question_state = ? WHERE id = ?", (state, message_id))


def featured_question(db: Database, show_id: int) -> tuple[str, str] | None:
    """(author, text) of the question on stream in the show, if any."""
    return db.execute("SELECT author_name, text FROM chat_messages WHERE show_id = ? AND kind = 'question' "
                      "AND question_state = 'featured' ORDER BY id DESC LIMIT 1", (show_id,)).fetchone()


WAITING_STATES = ("open", "pinned", "featured")  # still the host's to deal with
Question = tuple[int, str, str, str]  # (message id, author, text, state)


def open_questions(db: Database, show_id: int) -> list[Question]:
    """(message id, author, text, state), pinned and featured first, then oldest first."""
    return db.execute(
        "SELECT id, author_name, text, question_state FROM chat_messages WHERE show_id = ? AND kind = 'question' "
        f"AND question_state IN {WAITING_STATES} ORDER BY question_state = 'open', id", (show_id,)).fetchall()


def waiting_first(question: Question) -> tuple[bool, int]:
    """The order `open_questions` lists them in, for a list kept up to date question by question."""
    return question[3] == "open", question[0]


def questions_after(db: Database, show_id: int, after_id: int) -> list[Question]:
    """The show's questions asked since the message `after_id`, in whatever state they are now."""
    return db.execute("SELECT id, author_name, text, question_state FROM chat_messages "
                      "WHERE show_id = ? AND id > ? AND kind = 'question' ORDER BY id", (show_id, after_id)).fetchall()


def questions_with_ids(db: Database, message_ids: Collection[int]) -> list[Question]:
    """These questions as they are now; one removed by a moderator reads as dismissed."""
    return db.execute("SELECT id, author_name, text, question_state FROM chat_messages "
                      "WHERE id IN (SELECT value FROM json_each(?)) AND question_state IS NOT NULL ORDER BY id",
                      (json.dumps(sorted(message_ids)),)).fetchall()


def question_changes(db: Database, show_id: int, after_event: int) -> tuple[int, set[int]]:
    """The show's questions changed since the change `after_event` (a state, a moderator's removal, a
    forgotten buyer; being asked is not a change): (the latest change's id, the messages' ids)."""
    rows = db.execute("SELECT id, message_id FROM question_events WHERE id > ? AND show_id = ?",
                      (after_event, show_id)).fetchall()
    return max((row[0] for row in rows), default=after_event), {row[1] for row in rows}


def latest_question_change(db: Database) -> int:
    """The id of the newest change of any question: where `question_changes` starts from."""
    return db.execute("SELECT coalesce(max(id), 0) FROM question_events").fetchone()[0]
