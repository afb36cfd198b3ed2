"""The host's questions: each can be pinned, answered, dismissed or featured on stream."""

from __future__ import annotations

from sqlite_utils import Database

from studio.storage import transaction

QUESTION_STATES = ("open", "pinned", "answered", "dismissed", "featured")


class QuestionError(ValueError):
    pass


def set_question_state(db: Database, message_id: int, state: str) -> None:
    if state not in QUESTION_STATES:
        raise QuestionError(f"'{state}' is not one of {', '.join(QUESTION_STATES)}")
    with transaction(db):
        row = db.execute("SELECT show_id FROM chat_messages WHERE id = ? AND kind = 'question'", (message_id,)).fetchone()
        if row is None:
            raise QuestionError(f"message {message_id} is not a question")
        if state == "featured":  # one question on stream at a time: the one it replaces counts as answered
            db.execute("UPDATE chat_messages SET question_state = 'answered' WHERE show_id = ? AND kind = 'question' "
                       "AND question_state = 'featured' AND id != ?", (row[0], message_id))
        db.execute("UPDATE chat_messages SET question_state = ? WHERE id = ?", (state, message_id))


def featured_question(db: Database, show_id: int) -> tuple[str, str] | None:
    """(author, text) of the question on stream in the show, if any."""
    return db.execute("SELECT author_name, text FROM chat_messages WHERE show_id = ? AND kind = 'question' "
                      "AND question_state = 'featured' ORDER BY id DESC LIMIT 1", (show_id,)).fetchone()


def open_questions(db: Database, show_id: int) -> list[tuple[int, str, str, str]]:
    """(message id, author, text, state), pinned and featured first, then oldest first."""
    return db.execute(
        "SELECT id, author_name, text, question_state FROM chat_messages WHERE show_id = ? AND kind = 'question' "
        "AND question_state IN ('open', 'pinned', 'featured') ORDER BY question_state = 'open', id", (show_id,)).fetchall()
