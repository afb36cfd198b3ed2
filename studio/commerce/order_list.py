"""A show's orders as lines to read: who bought what, which variant, at what price, in what state."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class OrderLine:
    id: int
    buyer_name: str
    platform: str
    code: str
    title: str
    sku: str
    variant: tuple[str, ...]
    quantity: int
    unit_price: int
    currency: str
    state: str
    created_at: float

    @property
    def total(self) -> int:
        return self.unit_price * self.quantity


def show_orders(db: Database, show_id: int, state: str | None = None) -> list[OrderLine]:
    """The show's orders, oldest first; only those in `state` when given."""
    rows = db.execute(
        """
        SELECT o.id, o.buyer_name, o.buyer_platform, p.code, p.title, coalesce(v.sku, p.sku),
               coalesce(v.option_values, '[]'), o.quantity, o.unit_price, o.currency, o.state, o.created_at
        FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
        WHERE o.show_id = ? AND (? IS NULL OR o.state = ?) ORDER BY o.id
        """, (show_id, state, state)).fetchall()
    return [OrderLine(*row[:6], tuple(json.loads(row[6])), *row[7:]) for row in rows]
