"""A show minute by minute, from its start: orders and revenue, chat messages, questions and
viewers. Minute 0 is the first; anything stamped before the start (a platform's clock) counts
in minute 0, anything after the end in the last minute."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlite_utils import Database

from studio.analytics.show_span import ShowSpan, show_span
from studio.analytics.viewers import viewers_by_minute
from studio.commerce.reports import LIVE_ORDERS


@dataclass(frozen=True)
class Timeline:
    minutes: int
    orders: list[int]
    units: list[int]
    revenue: dict[str, list[int]]  # minor units by currency
    messages: list[int]
    questions: list[int]
    viewers: list[int | None]  # None: no platform said that minute


def minutes_of(span: ShowSpan, now: float | None = None) -> int:
    return max(1, math.ceil(span.seconds(now) / 60))


def show_timeline(db: Database, show_id: int, now: float | None = None) -> Timeline:
    span = show_span(db, show_id)
    count = minutes_of(span, now)
    sales = sales_by_minute(db, span, count)
    messages, questions = [0] * count, [0] * count
    for minute, written, asked in db.execute(
            "SELECT CAST((sent_at - ?) / 60 AS INTEGER) AS minute, count(*), sum(kind = 'question') "
            "FROM chat_messages WHERE show_id = ? GROUP BY minute", (span.started_at, show_id)):
        at = _clamp(minute, count)
        messages[at] += written
        questions[at] += asked
    viewers: list[int | None] = [None] * count
    for minute, watching in viewers_by_minute(db, show_id).items():
        at = _clamp(minute, count)
        viewers[at] = max(viewers[at] or 0, watching)
    return Timeline(count, sales.orders, sales.units, sales.revenue, messages, questions, viewers)


@dataclass(frozen=True)
class SalesByMinute:
    orders: list[int]
    units: list[int]
    revenue: dict[str, list[int]]  # minor units by currency


def sales_by_minute(db: Database, span: ShowSpan, count: int) -> SalesByMinute:
    """Orders, units and revenue in each of the show's first `count` minutes (later ones in the last)."""
    orders, units = [0] * count, [0] * count
    revenue: dict[str, list[int]] = {}
    for minute, currency, placed, sold, total in db.execute(
            f"SELECT CAST((created_at - ?) / 60 AS INTEGER) AS minute, currency, count(*), sum(quantity), "
            f"sum(unit_price * quantity) FROM orders o WHERE {LIVE_ORDERS} GROUP BY minute, currency",
            (span.started_at, span.show_id)):
        at = _clamp(minute, count)
        orders[at] += placed
        units[at] += sold
        revenue.setdefault(currency, [0] * count)[at] += total
    return SalesByMinute(orders, units, dict(sorted(revenue.items())))


def _clamp(minute: int, count: int) -> int:
    return min(max(0, int(minute)), count - 1)
