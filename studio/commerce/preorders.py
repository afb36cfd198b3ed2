"""Pre-orders: a product sells ahead of its stock, up to a cap, with the date it ships. A buy
beyond stock becomes a pre-order while the cap has room (orders.py), never beyond it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from studio.catalog import bump_catalog_version
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

MAX_CAP = 100_000


class PreorderError(Refusal):
    pass


@dataclass(frozen=True)
class Preorder:
    ships: date
    cap: int
    taken: int  # units pre-ordered and not cancelled

    @property
    def room(self) -> int:
        return max(0, self.cap - self.taken)


def set_preorder(db: Database, product_id: int, ships: date, cap: int) -> None:
    if not 0 < cap <= MAX_CAP:
        raise PreorderError(QT_TRANSLATE_NOOP("Refusals", "a pre-order cap is 1 to %1 units, not %2"), MAX_CAP, cap)
    with transaction(db):
        db.execute("UPDATE products SET preorder_ships = ?, preorder_cap = ? WHERE id = ?",
                   (ships.isoformat(), cap, product_id))
        bump_catalog_version(db)


def end_preorder(db: Database, product_id: int) -> None:
    """No more pre-orders; those taken stand."""
    with transaction(db):
        db.execute("UPDATE products SET preorder_ships = NULL, preorder_cap = NULL WHERE id = ?", (product_id,))
        bump_catalog_version(db)


def preorder_of(db: Database, product_id: int) -> Preorder | None:
    row = db.execute("SELECT preorder_ships, preorder_cap FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None or row[0] is None or row[1] is None:
        return None
    taken = db.execute("SELECT coalesce(sum(quantity), 0) FROM orders WHERE product_id = ? AND preorder = 1 "
                       "AND state != 'cancelled'", (product_id,)).fetchone()[0]
    return Preorder(date.fromisoformat(row[0]), row[1], taken)


def parse_ship_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise PreorderError(QT_TRANSLATE_NOOP("Refusals", "--ships '%1': write the date as YYYY-MM-DD, e.g. 2026-12-12"), text) from error
