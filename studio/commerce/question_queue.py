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
        cursor = db.execute("UPDATE chat_messages SET question_state = ? WHERE id = ? AND kind = 'question'",
                            (state, message_id))
        if cursor.rowcount == 0:
            raise QuestionError(f"message {message_id} is not a question")


def open_questions(db: Database, show_id: int) -> list[tuple[int, str, str]]:
    """(message id, author, text), pinned first, then oldest first."""
    return db.execute(
        "SELECT id, author_name, text FROM chat_messages WHERE show_id = ? AND kind = 'question' "
        "AND question_state IN ('open', 'pinned', 'featured') ORDER BY question_state = 'open', id", (show_id,)).fetchall()
