"""A show's orders as lines to read: who bought what, which variant, at what price, in what state."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
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


_LINES = """
    SELECT o.id, o.buyer_name, o.buyer_platform, p.code, p.title, coalesce(v.sku, p.sku),
           coalesce(v.option_values, '[]'), o.quantity, o.unit_price, o.currency, o.state, o.created_at
    FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
"""


def show_orders(db: Database, show_id: int, state: str | None = None, after_id: int = 0) -> list[OrderLine]:
    """The show's orders, oldest first; only those in `state` and newer than the order `after_id` when given."""
    return _lines(db, "o.show_id = ? AND (? IS NULL OR o.state = ?) AND o.id > ?", (show_id, state, state, after_id))


def orders_with_ids(db: Database, show_id: int, order_ids: Collection[int]) -> list[OrderLine]:
    """The show's orders among `order_ids`, oldest first."""
    return _lines(db, "o.show_id = ? AND o.id IN (SELECT value FROM json_each(?))", (show_id, json.dumps(sorted(order_ids))))


def order_changes(db: Database, show_id: int, after_event: int) -> tuple[int, set[int]]:
    """The orders placed or moved on in the show since the state change `after_event` (every
    order's first state is a change too): (the latest change's id, the orders' ids)."""
    rows = db.execute("SELECT id, order_id FROM order_events WHERE id > ? AND show_id = ?",
                      (after_event, show_id)).fetchall()
    return max((row[0] for row in rows), default=after_event), {row[1] for row in rows}


def latest_order_change(db: Database) -> int:
    """The id of the newest state change of any order: where `order_changes` starts from."""
    return db.execute("SELECT coalesce(max(id), 0) FROM order_events").fetchone()[0]


def _lines(db: Database, where: str, values: Sequence[object]) -> list[OrderLine]:
    rows = db.execute(f"{_LINES} WHERE {where} ORDER BY o.id", tuple(values)).fetchall()
    return [_order_line(row) for row in rows]


def _order_line(row: Sequence[Any]) -> OrderLine:
    (order_id, buyer_name, platform, code, title, sku, option_values,
     quantity, unit_price, currency, state, created_at) = row
    return OrderLine(id=order_id, buyer_name=buyer_name, platform=platform, code=code, title=title, sku=sku,
                     variant=tuple(json.loads(option_values)), quantity=quantity, unit_price=unit_price,
                     currency=currency, state=state, created_at=created_at)
