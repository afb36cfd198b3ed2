"""A show's title and time span, as the report reads it: a show still running ends now."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.shows import ShowError
from studio.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ShowSpan:
    show_id: int
    title: str
    started_at: float
    ended_at: float | None  # None while the show runs

    def end(self, now: float | None = None) -> float:
        """When the show ended, or `now` while it runs (never before it started)."""
        end = self.ended_at if self.ended_at is not None else (time.time() if now is None else now)
        return max(self.started_at, end)

    def seconds(self, now: float | None = None) -> float:
        return self.end(now) - self.started_at


def show_span(db: Database, show_id: int) -> ShowSpan:
    """A show never ended (its program was killed) but followed by another is over: it ended with
    the last thing that happened in it, not now."""
    row = db.execute("SELECT title, started_at, ended_at FROM shows WHERE id = ?", (show_id,)).fetchone()
    if row is None:
        raise ShowError(QT_TRANSLATE_NOOP("Refusals", "no show %1"), show_id)
    title, started_at, ended_at = row
    if ended_at is None and db.execute("SELECT 1 FROM shows WHERE started_at > ? OR (started_at = ? AND id > ?) LIMIT 1",
                                       (started_at, started_at, show_id)).fetchone():
        ended_at = _last_activity(db, show_id, started_at)
    return ShowSpan(show_id, title, started_at, ended_at)


def _last_activity(db: Database, show_id: int, started_at: float) -> float:
    return float(db.execute(
        "SELECT max(?, coalesce((SELECT max(created_at) FROM orders WHERE show_id = ?), 0),"
        " coalesce((SELECT max(sent_at) FROM chat_messages WHERE show_id = ?), 0),"
        " coalesce((SELECT max(coalesce(unpinned_at, pinned_at)) FROM pins WHERE show_id = ?), 0),"
        " coalesce((SELECT max(at) FROM viewer_samples WHERE show_id = ?), 0))",
        (started_at, show_id, show_id, show_id, show_id)).fetchone()[0])
