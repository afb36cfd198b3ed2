"""What a show sold: the rows a shop ships from, and its sales so far (the report after the show is studio/analytics)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from studio.commerce.carts import Cart, show_carts
from studio.commerce.order_list import show_orders
from studio.commerce.waiting_list import waiting
from studio.money import minor_digits

# A cart's discount, shipping and total are on its first row only, so a column's sum is the show's.
EXPORT_COLUMNS = ("row", "order", "cart", "buyer", "platform", "product", "sku", "variant", "qty", "unit price",
                  "total", "currency", "state", "payment", "hold until", "pre-order ships", "cart discount",
                  "discount code", "cart shipping", "cart total", "time")


class ReportError(ValueError):
    pass


def orders_csv(db: Database, show_id: int) -> str:
    """The show's orders (cancelled ones too, marked so), then its waitlist rows still waiting."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    carts = show_carts(db, show_id)
    cart_of = {item.order_id: cart for cart in carts for item in cart.items}
    items = {item.order_id: item for cart in carts for item in cart.items}
    summed: set[int] = set()
    for line in show_orders(db, show_id):
        cart, item = cart_of.get(line.id), items.get(line.id)
        first = cart is not None and cart.id not in summed
        if cart is not None:
            summed.add(cart.id)
        writer.writerow(["order", line.id, cart.code if cart else "", spreadsheet_cell(line.buyer_name), line.platform,
                         spreadsheet_cell(line.title), line.sku, " / ".join(line.variant), line.quantity,
                         _amount(line.unit_price, line.currency), _amount(line.total, line.currency), line.currency,
                         line.state, cart.payment.value if cart else "",
                         _time(item.hold_until) if item and item.hold_until and line.state in ("reserved", "confirmed")
                         else "", (item.preorder_ships or "") if item else "", *_cart_cells(cart if first else None),
                         _time(line.created_at)])
    wait_carts = {wait.waitlist_id: cart for cart in carts for wait in cart.waits}
    for wait in waiting(db, show_id):
        cart = wait_carts.get(wait.id)
        sku = db.execute("SELECT coalesce(v.sku, p.sku) FROM waitlist w JOIN products p ON p.id = w.product_id "
                         "LEFT JOIN variants v ON v.id = w.variant_id WHERE w.id = ?", (wait.id,)).fetchone()[0]
        writer.writerow(["waitlist", "", cart.code if cart else "", spreadsheet_cell(wait.buyer_name), wait.platform,
                         spreadsheet_cell(wait.title), sku, " / ".join(wait.variant), wait.quantity, "", "", "", "waiting",
                         "", "", "", "", "", "", "", _time(wait.created_at)])
    return out.getvalue()


def _cart_cells(cart: Cart | None) -> list[str]:
    if cart is None:
        return ["", "", "", ""]
    totals = cart.totals
    return [_amount(totals.discount, totals.currency), cart.discount_code, _amount(totals.shipping, totals.currency),
            _amount(totals.grand, totals.currency)]


def _time(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


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


def spreadsheet_cell(text: str) -> str:
    """A spreadsheet must not run a buyer's name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
