"""A show's waitlist as lines to read: who waits for what, first come first served."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class WaitLine:
    id: int
    buyer_name: str
    platform: str
    code: str
    title: str
    variant: tuple[str, ...]
    quantity: int
    created_at: float


def waiting(db: Database, show_id: int) -> list[WaitLine]:
    """The show's buyers still waiting for stock (not yet served an order), in the order they are served."""
    rows = db.execute(
        """
        SELECT w.id, w.buyer_name, w.buyer_platform, p.code, p.title, coalesce(v.option_values, '[]'), w.quantity,
               w.created_at
        FROM waitlist w JOIN products p ON p.id = w.product_id LEFT JOIN variants v ON v.id = w.variant_id
        WHERE w.show_id = ? AND w.order_id IS NULL ORDER BY w.id
        """, (show_id,)).fetchall()
    return [WaitLine(row_id, name, platform, code, title, tuple(json.loads(variant)), quantity, created_at)
            for row_id, name, platform, code, title, variant, quantity, created_at in rows]
