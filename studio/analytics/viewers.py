"""Live viewer counts, as the platforms reported them while the show ran: stored samples, the
current count, and per minute (each platform's highest in the minute, added across platforms),
from which come the peak and the average concurrent viewers."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from studio.storage import transaction

RECENT_SECONDS = 150.0  # a count older than this (two and a half missed polls) is no longer "now"


class ViewerState(Enum):
    LIVE = "live"  # the stream is on and the platform said how many watch
    HIDDEN = "hidden"  # the stream is on, the count is hidden (YouTube leaves concurrentViewers out)
    OFFLINE = "offline"  # nobody streams there (Twitch's data: [])


@dataclass(frozen=True)
class ViewerSample:
    platform: str
    state: ViewerState
    viewers: int | None = None  # only when live
    at: float = 0.0


@dataclass(frozen=True)
class ViewerFigures:
    peak: int | None  # None: no platform ever said
    average: float | None
    minutes_counted: int  # minutes with a count, what the average is over


def record_sample(db: Database, show_id: int, sample: ViewerSample) -> None:
    viewers = sample.viewers if sample.state is ViewerState.LIVE else None
    with transaction(db):
        db.execute("INSERT INTO viewer_samples (show_id, platform, state, viewers, at) VALUES (?, ?, ?, ?, ?)",
                   (show_id, sample.platform, sample.state.value, viewers, sample.at or time.time()))


def current_viewers(db: Database, show_id: int, now: float | None = None) -> int | None:
    """Each platform's latest count, added up; None when none has a recent one."""
    since = (time.time() if now is None else now) - RECENT_SECONDS
    rows = db.execute(
        "SELECT v.viewers FROM viewer_samples v WHERE v.show_id = ? AND v.at >= ? AND v.id = ("
        "  SELECT max(w.id) FROM viewer_samples w WHERE w.show_id = v.show_id AND w.platform = v.platform)",
        (show_id, since)).fetchall()
    counts = [row[0] for row in rows if row[0] is not None]
    return sum(counts) if counts else None


def viewers_by_minute(db: Database, show_id: int) -> dict[int, int]:
    """Minute of the show (0 is the first) -> concurrent viewers, for the minutes with a count."""
    rows = db.execute(
        "SELECT minute, sum(most) FROM ("
        "  SELECT max(0, CAST((v.at - s.started_at) / 60 AS INTEGER)) AS minute, v.platform, max(v.viewers) AS most"
        "  FROM viewer_samples v JOIN shows s ON s.id = v.show_id"
        "  WHERE v.show_id = ? AND v.viewers IS NOT NULL GROUP BY minute, v.platform)"
        " GROUP BY minute", (show_id,)).fetchall()
    return {int(minute): int(total) for minute, total in rows}


def viewer_figures(db: Database, show_id: int) -> ViewerFigures:
    totals = list(viewers_by_minute(db, show_id).values())
    if not totals:
        return ViewerFigures(None, None, 0)
    return ViewerFigures(max(totals), sum(totals) / len(totals), len(totals))
