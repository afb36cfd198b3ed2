"""A show's waitlist as lines to read: who waits for what, first come first served."""

from __future__ import annotations

import json
from collections.abc import Collection
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


def waiting(db: Database, show_id: int, after_id: int = 0) -> list[WaitLine]:
    """The show's buyers still waiting for stock (not yet served an order), in the order they are
    served; only those who joined after the line `after_id` when given."""
    rows = db.execute(
        """
        SELECT w.id, w.buyer_name, w.buyer_platform, p.code, p.title, coalesce(v.option_values, '[]'), w.quantity,
               w.created_at
        FROM waitlist w JOIN products p ON p.id = w.product_id LEFT JOIN variants v ON v.id = w.variant_id
        WHERE w.id > ? AND w.show_id = ? AND w.order_id IS NULL ORDER BY w.id
        """, (after_id, show_id)).fetchall()
    return [WaitLine(row_id, name, platform, code, title, tuple(json.loads(variant)), quantity, created_at)
            for row_id, name, platform, code, title, variant, quantity, created_at in rows]


def latest_wait_line(db: Database) -> int:
    """The id of the newest line on any waitlist: where `waiting(after_id=...)` goes on from."""
    return db.execute("SELECT coalesce(max(id), 0) FROM waitlist").fetchone()[0]


def served_by(db: Database, show_id: int, order_ids: Collection[int]) -> list[int]:
    """The show's waitlist lines these orders served (they left the list when the order was made)."""
    return [row[0] for row in db.execute(
        "SELECT id FROM waitlist WHERE order_id IN (SELECT value FROM json_each(?)) AND show_id = ? ORDER BY id",
        (json.dumps(sorted(order_ids)), show_id))]
