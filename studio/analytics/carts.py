"""Carts paid and unpaid. A cart is, for now, everything one buyer ordered in a show; it is paid
when every order in it that was not cancelled is paid (or already shipped). When carts of their
own are stored, this is the one function to change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

PAID_STATES = ("paid", "shipped")


@dataclass(frozen=True)
class CartPayments:
    paid: int
    unpaid: int


def cart_payments(db: Database, show_id: int) -> CartPayments:
    row = db.execute(
        "SELECT coalesce(sum(unpaid = 0), 0), coalesce(sum(unpaid > 0), 0) FROM ("
        "  SELECT sum(state NOT IN (?, ?)) AS unpaid FROM orders"
        "  WHERE show_id = ? AND state != 'cancelled' GROUP BY buyer_platform, buyer_id)",
        (*PAID_STATES, show_id)).fetchone()
    return CartPayments(int(row[0]), int(row[1]))
