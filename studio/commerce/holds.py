"""Holds on unpaid orders, on a clock the caller gives: a reminder once half the hold has gone,
then, when it runs out, the order is released (its stock goes to the waitlist first). The show
runs this a few times a second (cart_clerk.py); tests call it with the moments they choose."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlite_utils import Database

from studio.commerce.cart_store import CartEventKind, record
from studio.commerce.orders import release
from studio.storage import transaction

log = logging.getLogger(__name__)

UNPAID = "('reserved', 'confirmed')"


@dataclass(frozen=True)
class HoldRound:
    reminded: int  # carts reminded
    released: int  # orders released


def run_holds(db: Database, now: float) -> HoldRound:
    return HoldRound(remind(db, now), expire(db, now))


def expire(db: Database, now: float) -> int:
    """Releases every unpaid order whose hold has run out by `now`; each in its own transaction,
    so chat orders wait for one release at a time, never for the whole round."""
    due = [row[0] for row in db.execute(
        f"SELECT id FROM orders WHERE state IN {UNPAID} AND hold_until IS NOT NULL AND hold_until <= ? ORDER BY id",
        (now,)).fetchall()]
    released = 0
    for order_id in due:
        with transaction(db):
            still = db.execute(f"SELECT 1 FROM orders WHERE id = ? AND state IN {UNPAID}", (order_id,)).fetchone()
            if still is None:  # paid or cancelled since the round began
                continue
            release(db, order_id, now)
            released += 1
    if released:
        log.info("%d unpaid orders released at the end of their hold", released)
    return released


def remind(db: Database, now: float) -> int:
    """One reminder per cart whose unpaid orders are past half their hold (and not yet reminded)."""
    with transaction(db):
        rows = db.execute(
            f"SELECT cart_id, min(hold_until) FROM orders WHERE state IN {UNPAID} AND hold_until > ? "
            "AND reminded_at IS NULL AND cart_id IS NOT NULL AND created_at + (hold_until - created_at) / 2 <= ? "
            "GROUP BY cart_id ORDER BY cart_id", (now, now)).fetchall()
        for cart_id, _ in rows:
            db.execute(f"UPDATE orders SET reminded_at = ? WHERE cart_id = ? AND state IN {UNPAID} "
                       "AND hold_until IS NOT NULL AND reminded_at IS NULL", (now, cart_id))
            record(db, cart_id, CartEventKind.REMINDER, now)
    return len(rows)
