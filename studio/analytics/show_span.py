"""A show's title and time span, as the report reads it: a show still running ends now."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.shows import ShowError


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
    row = db.execute("SELECT title, started_at, ended_at FROM shows WHERE id = ?", (show_id,)).fetchone()
    if row is None:
        raise ShowError(f"no show {show_id}")
    return ShowSpan(show_id, row[0], row[1], row[2])
