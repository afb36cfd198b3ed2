"""What a show sold and said: the rows a shop ships from, and the summary after the show."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from studio.commerce.order_list import show_orders
from studio.money import minor_digits

EXPORT_COLUMNS = ("buyer", "platform", "product", "sku", "variant", "qty", "unit price", "total", "currency",
                  "state", "time")


class ReportError(ValueError):
    pass


def orders_csv(db: Database, show_id: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for line in show_orders(db, show_id):
        writer.writerow([_cell(line.buyer_name), line.platform, _cell(line.title), line.sku, " / ".join(line.variant),
                         line.quantity, _amount(line.unit_price, line.currency), _amount(line.total, line.currency),
                         line.currency, line.state,
                         datetime.fromtimestamp(line.created_at, UTC).isoformat(timespec="seconds")])
    return out.getvalue()


LIVE_ORDERS = "o.show_id = ? AND o.state != 'cancelled'"  # what a show sold: every order not cancelled


@dataclass(frozen=True)
class Sales:
    orders: int
    revenue: dict[str, int]  # minor units by currency


def show_sales(db: Database, show_id: int) -> Sales:
    """How many orders the show has made and what they are worth, cancelled ones left out."""
    revenue = db.execute(f"SELECT currency, sum(unit_price * quantity) FROM orders o WHERE {LIVE_ORDERS} "
                         "GROUP BY currency ORDER BY currency", (show_id,)).fetchall()
    orders = db.execute(f"SELECT count(*) FROM orders o WHERE {LIVE_ORDERS}", (show_id,)).fetchone()[0]
    return Sales(orders, dict(revenue))


def show_summary(db: Database, show_id: int) -> dict:
    live = LIVE_ORDERS
    sales = show_sales(db, show_id)
    units = dict(db.execute(
        f"SELECT p.code, sum(o.quantity) FROM orders o JOIN products p ON p.id = o.product_id WHERE {live} "
        "GROUP BY p.code ORDER BY sum(o.quantity) DESC", (show_id,)).fetchall())
    kinds = Counter(dict(db.execute("SELECT kind, count(*) FROM chat_messages WHERE show_id = ? GROUP BY kind",
                                    (show_id,)).fetchall()))
    peak = db.execute("SELECT coalesce(max(written), 0) FROM (SELECT count(*) AS written FROM chat_messages "
                      "WHERE show_id = ? GROUP BY CAST(sent_at / 60 AS INTEGER))", (show_id,)).fetchone()[0]
    return {
        "show": show_id,
        "orders": sales.orders,
        "buyers": db.execute(f"SELECT count(DISTINCT o.buyer_platform || ':' || o.buyer_id) FROM orders o WHERE {live}",
                             (show_id,)).fetchone()[0],
        "revenue": sales.revenue,
        "units_per_product": units,
        "waitlisted": db.execute("SELECT count(*) FROM waitlist WHERE show_id = ? AND order_id IS NULL",
                                 (show_id,)).fetchone()[0],
        "messages": sum(kinds.values()),
        "questions": kinds.get("question", 0),
        "questions_answered": db.execute("SELECT count(*) FROM chat_messages WHERE show_id = ? AND kind = 'question' "
                                         "AND question_state IN ('answered', 'featured')",  # featured: answered on air
                                         (show_id,)).fetchone()[0],
        "flagged": kinds.get("flagged", 0),
        "hidden": kinds.get("hidden", 0),
        "peak_messages_per_minute": peak,
    }


def _amount(minor: int, currency: str) -> str:
    digits = minor_digits(currency)
    return f"{minor / 10 ** digits:.{digits}f}"


def _cell(text: str) -> str:
    """A spreadsheet must not run a buyer's name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
