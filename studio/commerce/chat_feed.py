"""A show's chat as a live panel follows it: the messages since the last one read, each with
what it was taken for (a buy, a flag and why, a question), moderated ones left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.kept_reasons import kept_reason
from studio.translatable import Reasoned

HIDDEN = "hidden"  # blocked or removed by a moderator: stored, never shown


@dataclass(frozen=True)
class ChatLine:
    id: int
    sent_at: float
    platform: str
    author_id: str
    author_name: str
    text: str
    kind: str  # message, question, buy or flagged
    note: str | None  # why a comment was flagged ("which Size?"), what a buy made (reserved, waitlisted)
    # the note's reason, for the window to say in its language (None: the note as it is); the note is its
    # English sentence, so lines compare by that
    reason: Reasoned | None = field(default=None, compare=False)


def chat_after(db: Database, show_id: int, after_id: int, limit: int) -> tuple[int, list[ChatLine]]:
    """(the newest message's id, at least `after_id`; the newest `limit` shown messages since
    `after_id`, oldest first)."""
    rows = db.execute(
        "SELECT id, sent_at, platform, author_id, author_name, text, kind, note, reason FROM chat_messages "
        "WHERE show_id = ? AND id > ? ORDER BY id DESC LIMIT ?", (show_id, after_id, limit)).fetchall()
    newest = rows[0][0] if rows else after_id
    return newest, [_line(*row) for row in reversed(rows) if row[6] != HIDDEN]


def _line(id: int, sent_at: float, platform: str, author_id: str, author_name: str, text: str, kind: str,
          note: str | None, reason: str | None) -> ChatLine:
    return ChatLine(id, sent_at, platform, author_id, author_name, text, kind, note, kept_reason(reason))


def shown_messages(db: Database, show_id: int) -> int:
    """How many of the show's messages a panel shows (all but the hidden ones)."""
    return db.execute("SELECT count(*) FROM chat_messages WHERE show_id = ? AND kind != ?", (show_id, HIDDEN)).fetchone()[0]
