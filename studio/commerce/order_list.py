"""A show's orders as lines to read: who bought what, which variant, at what price, in what state."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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


def show_orders(db: Database, show_id: int, state: str | None = None, after_id: int = 0) -> list[OrderLine]:
    """The show's orders, oldest first; only those in `state` and newer than the order `after_id` when given."""
    rows = db.execute(
        """
        SELECT o.id, o.buyer_name, o.buyer_platform, p.code, p.title, coalesce(v.sku, p.sku),
               coalesce(v.option_values, '[]'), o.quantity, o.unit_price, o.currency, o.state, o.created_at
        FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
        WHERE o.show_id = ? AND (? IS NULL OR o.state = ?) AND o.id > ? ORDER BY o.id
        """, (show_id, state, state, after_id)).fetchall()
    return [_order_line(row) for row in rows]


def _order_line(row: Sequence[Any]) -> OrderLine:
    (order_id, buyer_name, platform, code, title, sku, option_values,
     quantity, unit_price, currency, state, created_at) = row
    return OrderLine(id=order_id, buyer_name=buyer_name, platform=platform, code=code, title=title, sku=sku,
                     variant=tuple(json.loads(option_values)), quantity=quantity, unit_price=unit_price,
                     currency=currency, state=state, created_at=created_at)
