"""Sales per pin: each time a product was pinned on stream, for how long, and what sold while it
was up, of that product and of everything. A pin still up counts until the show's end (or now)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.analytics.show_span import show_span
from studio.commerce.reports import LIVE_ORDERS
from studio.money import format_totals


@dataclass
class Tally:
    orders: int = 0
    units: int = 0
    revenue: dict[str, int] = field(default_factory=dict)  # minor units by currency

    def add(self, quantity: int, currency: str, total: int) -> None:
        self.orders += 1
        self.units += quantity
        self.revenue[currency] = self.revenue.get(currency, 0) + total


@dataclass(frozen=True)
class PinSales:
    code: str
    product_id: int | None  # None once the product was deleted
    pinned_at: float
    unpinned_at: float  # the show's end (or now) for a pin still up
    product: Tally  # the pinned product's orders while it was up
    everything: Tally  # every product's

    @property
    def seconds(self) -> float:
        return self.unpinned_at - self.pinned_at


@dataclass(frozen=True)
class _Order:
    at: float
    product_id: int
    quantity: int
    currency: str
    total: int


def pin_sales(db: Database, show_id: int, now: float | None = None) -> list[PinSales]:
    end = show_span(db, show_id).end(now)
    orders = [_Order(*row) for row in db.execute(
        f"SELECT created_at, product_id, quantity, currency, unit_price * quantity FROM orders o WHERE {LIVE_ORDERS} "
        "ORDER BY created_at", (show_id,))]
    times = [order.at for order in orders]
    found = []
    for code, product_id, pinned_at, unpinned_at in db.execute(
            "SELECT code, product_id, pinned_at, unpinned_at FROM pins WHERE show_id = ? ORDER BY pinned_at, id", (show_id,)):
        down = unpinned_at if unpinned_at is not None else max(pinned_at, end)
        product, everything = Tally(), Tally()
        for order in orders[bisect.bisect_left(times, pinned_at):bisect.bisect_left(times, down)]:
            everything.add(order.quantity, order.currency, order.total)
            if order.product_id == product_id:
                product.add(order.quantity, order.currency, order.total)
        found.append(PinSales(code, product_id, pinned_at, down, product, everything))
    return found


def duration_text(seconds: float) -> str:
    """'3 min 12 s', '45 s', '1 h 02 min'."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def pin_line(pin: PinSales, locale: str) -> str:
    """'A12 pinned 3 min 12 s: 14 orders, R$ 838,60' (of the pinned product)."""
    orders = pin.product.orders
    noun = "order" if orders == 1 else "orders"
    return f"{pin.code} pinned {duration_text(pin.seconds)}: {orders} {noun}, {format_totals(pin.product.revenue, locale)}"
