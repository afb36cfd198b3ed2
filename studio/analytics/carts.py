"""Carts paid and unpaid, as studio/commerce/carts.py defines a cart's payment: paid when every
order in it that was not cancelled is paid (or already shipped). Counted in one query over the
orders' cart ids (a cart read whole per buyer would cost a query each); orders made before carts
were stored count by buyer, as their cart would have been."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.commerce.carts import UNPAID_STATES


@dataclass(frozen=True)
class CartPayments:
    paid: int
    unpaid: int


def cart_payments(db: Database, show_id: int) -> CartPayments:
    row = db.execute(
        "SELECT coalesce(sum(unpaid = 0), 0), coalesce(sum(unpaid > 0), 0) FROM ("
        "  SELECT sum(state IN (?, ?)) AS unpaid FROM orders WHERE show_id = ? AND state != 'cancelled'"
        "  GROUP BY coalesce(cart_id, -1), CASE WHEN cart_id IS NULL THEN buyer_platform END,"
        "           CASE WHEN cart_id IS NULL THEN buyer_id END)",
        (*UNPAID_STATES, show_id)).fetchone()
    return CartPayments(int(row[0]), int(row[1]))
