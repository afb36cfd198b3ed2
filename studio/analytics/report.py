"""The whole report of one show: its figures, its minutes, its pins and its products, read in
one go, and as plain JSON (every figure, for `vitrina show-report --json`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from studio.analytics.figures import ShowFigures, show_figures
from studio.analytics.pins import PinSales, pin_sales
from studio.analytics.products import ProductSales, product_sales
from studio.analytics.timelines import Timeline, show_timeline
from studio.settings import store_locale


@dataclass(frozen=True)
class ShowReport:
    figures: ShowFigures
    timeline: Timeline
    pins: list[PinSales]
    products: list[ProductSales]
    locale: str  # how the store writes money

    @property
    def show_id(self) -> int:
        return self.figures.span.show_id


def show_report(db: Database, show_id: int, now: float | None = None) -> ShowReport:
    """Read as one snapshot (a deferred read transaction), so every part counts the same orders
    while a running show still takes them."""
    if db.conn.in_transaction:
        return _read(db, show_id, now)
    db.execute("BEGIN")
    try:
        return _read(db, show_id, now)
    finally:
        db.execute("COMMIT")


def _read(db: Database, show_id: int, now: float | None) -> ShowReport:
    return ShowReport(show_figures(db, show_id), show_timeline(db, show_id, now), pin_sales(db, show_id, now),
                      product_sales(db, show_id), store_locale(db))


def report_json(report: ShowReport) -> dict[str, Any]:
    figures = report.figures
    span = figures.span
    return {
        "show": span.show_id,
        "title": span.title,
        "started_at": span.started_at,
        "ended_at": span.ended_at,
        "minutes": report.timeline.minutes,
        "orders": figures.orders,
        "units": figures.units,
        "revenue": figures.revenue,
        "buyers": figures.buyers,
        "first_time_buyers": figures.first_time_buyers,
        "average_order_value": figures.average_order_value,
        "carts": asdict(figures.carts),
        "waitlisted": figures.waitlisted,
        "waitlisted_units": figures.waitlisted_units,
        "messages": figures.messages,
        "unique_chatters": figures.unique_chatters,
        "questions": figures.questions,
        "questions_answered": figures.questions_answered,
        "flagged": figures.flagged,
        "hidden": figures.hidden,
        "peak_messages_per_minute": max(report.timeline.messages, default=0),
        "conversion": figures.conversion,
        "viewers": asdict(figures.viewers),
        "per_minute": asdict(report.timeline) | {"minutes": report.timeline.minutes},
        "pins": [{"code": pin.code, "pinned_at": pin.pinned_at, "unpinned_at": pin.unpinned_at,
                  "seconds": pin.seconds, "product": asdict(pin.product), "all_products": asdict(pin.everything)}
                 for pin in report.pins],
        "products": [asdict(sales) for sales in report.products],
        "units_per_product": {sales.code: sales.units for sales in report.products},
    }
