"""What a show sold: the rows a shop ships from, and its sales so far (the report after the show is studio/analytics)."""

from __future__ import annotations

import csv
import io
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


def _amount(minor: int, currency: str) -> str:
    digits = minor_digits(currency)
    return f"{minor / 10 ** digits:.{digits}f}"


def _cell(text: str) -> str:
    """A spreadsheet must not run a buyer's name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
