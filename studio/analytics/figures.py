"""A show's figures: what it sold, to whom, and what chat said. Cancelled orders are left out of
every figure, as in the shop's own summary (studio/commerce/reports.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.analytics.carts import CartPayments, cart_payments
from studio.analytics.show_span import ShowSpan, show_span
from studio.analytics.viewers import ViewerFigures, viewer_figures
from studio.commerce.reports import LIVE_ORDERS


@dataclass(frozen=True)
class ShowFigures:
    span: ShowSpan
    orders: int
    units: int
    revenue: dict[str, int]  # minor units by currency
    buyers: int
    first_time_buyers: int  # never bought in an earlier show
    average_order_value: dict[str, int]  # minor units by currency, rounded
    carts: CartPayments
    waitlisted: int  # waitlist entries never served
    waitlisted_units: int
    messages: int
    unique_chatters: int
    questions: int
    questions_answered: int
    flagged: int  # buy comments the host must look at (no product, no variant)
    hidden: int  # by moderation
    viewers: ViewerFigures

    @property
    def conversion(self) -> float | None:
        """Buyers per chatter: None when nobody wrote."""
        return self.buyers / self.unique_chatters if self.unique_chatters else None


def show_figures(db: Database, show_id: int) -> ShowFigures:
    span = show_span(db, show_id)
    orders, units = db.execute(f"SELECT count(*), coalesce(sum(quantity), 0) FROM orders o WHERE {LIVE_ORDERS}",
                               (show_id,)).fetchone()
    by_currency = db.execute(f"SELECT currency, sum(unit_price * quantity), count(*) FROM orders o WHERE {LIVE_ORDERS} "
                             "GROUP BY currency ORDER BY currency", (show_id,)).fetchall()
    waiting = db.execute("SELECT count(*), coalesce(sum(quantity), 0) FROM waitlist WHERE show_id = ? AND order_id IS NULL",
                         (show_id,)).fetchone()
    chat = db.execute("SELECT count(*), coalesce(sum(kind = 'question'), 0), "
                      "coalesce(sum(kind = 'question' AND question_state IN ('answered', 'featured')), 0), "  # featured: answered on air
                      "coalesce(sum(kind = 'flagged'), 0), coalesce(sum(kind = 'hidden'), 0) "
                      "FROM chat_messages WHERE show_id = ?", (show_id,)).fetchone()
    chatters = db.execute("SELECT count(*) FROM (SELECT DISTINCT platform, author_id FROM chat_messages WHERE show_id = ?)",
                          (show_id,)).fetchone()[0]
    buyers, first_time = _buyers(db, span)
    return ShowFigures(
        span, orders, units, {currency: total for currency, total, _ in by_currency}, buyers, first_time,
        {currency: _rounded_div(total, count) for currency, total, count in by_currency}, cart_payments(db, show_id),
        waiting[0], waiting[1], chat[0], chatters, chat[1], chat[2], chat[3], chat[4], viewer_figures(db, show_id))


def _buyers(db: Database, span: ShowSpan) -> tuple[int, int]:
    """(buyers, of whom first-time): a first-time buyer has no order left standing in any show that started earlier."""
    row = db.execute(
        f"SELECT count(*), coalesce(sum(NOT EXISTS ("
        "  SELECT 1 FROM orders e JOIN shows s ON s.id = e.show_id"
        "  WHERE e.buyer_platform = b.buyer_platform AND e.buyer_id = b.buyer_id AND e.state != 'cancelled'"
        "  AND (s.started_at < ? OR (s.started_at = ? AND s.id < ?)))), 0)"
        f" FROM (SELECT DISTINCT buyer_platform, buyer_id FROM orders o WHERE {LIVE_ORDERS}) b",
        (span.started_at, span.started_at, span.show_id, span.show_id)).fetchone()
    return int(row[0]), int(row[1])


def _rounded_div(total: int, count: int) -> int:
    """Half up, in whole minor units."""
    return (2 * total + count) // (2 * count)
