"""What the Stats dock shows while a show runs, light enough to read every few seconds: the
show's orders and revenue so far, both per minute, and how many watch now."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.analytics.show_span import show_span
from studio.analytics.timelines import SalesByMinute, minutes_of, sales_by_minute
from studio.analytics.viewers import current_viewers
from studio.commerce.reports import Sales, show_sales
from studio.settings import store_locale


@dataclass(frozen=True)
class LiveStats:
    show_id: int
    sales: Sales
    minutes: int  # since the show started, the one running included
    per_minute: SalesByMinute
    viewers: int | None  # now, added across platforms; None when none says
    locale: str


def live_stats(db: Database, show_id: int, now: float | None = None) -> LiveStats:
    span = show_span(db, show_id)
    count = minutes_of(span, now)
    return LiveStats(show_id, show_sales(db, show_id), count, sales_by_minute(db, span, count),
                     current_viewers(db, show_id, now), store_locale(db))
