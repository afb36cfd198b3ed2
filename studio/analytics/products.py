"""What each product sold in a show, best first (by units, then code)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.commerce.reports import LIVE_ORDERS


@dataclass(frozen=True)
class ProductSales:
    code: str
    title: str
    orders: int
    units: int
    revenue: dict[str, int]  # minor units by currency


def product_sales(db: Database, show_id: int) -> list[ProductSales]:
    found: dict[str, ProductSales] = {}
    for code, title, currency, orders, units, total in db.execute(
            f"SELECT p.code, p.title, o.currency, count(*), sum(o.quantity), sum(o.unit_price * o.quantity) "
            f"FROM orders o JOIN products p ON p.id = o.product_id WHERE {LIVE_ORDERS} "
            "GROUP BY o.product_id, o.currency", (show_id,)):
        kept = found.get(code)
        if kept is None:
            found[code] = ProductSales(code, title, orders, units, {currency: total})
        else:
            kept.revenue[currency] = total
            found[code] = ProductSales(code, title, kept.orders + orders, kept.units + units, kept.revenue)
    return sorted(found.values(), key=lambda sales: (-sales.units, sales.code.casefold()))
