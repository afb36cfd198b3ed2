"""A buyer's cart in a show as one value to read: its quotable id, the items (with variant,
pre-order ship date and hold), the waitlist places, the totals and where its payment stands.
Paying or cancelling a cart moves each of its orders, so every move is also an order event."""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from studio.commerce.cart_codes import normalise_cart_code
from studio.commerce.cart_terms import Totals, parse_discount, totals
from studio.commerce.orders import Buyer, OrderError, change_state, pay, state_word
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

UNPAID_STATES = ("reserved", "confirmed")


class CartError(Refusal):
    pass


class PaymentState(enum.Enum):
    UNPAID = "unpaid"  # something in it is not paid yet
    PAID = "paid"  # everything in it is paid (or shipped)
    SHIPPED = "shipped"  # everything in it has shipped
    CANCELLED = "cancelled"  # its orders were cancelled or released
    WAITING = "waiting"  # nothing ordered yet: only waitlist places


class LinkState(enum.Enum):
    NONE = "none"
    ASKING = "asking"  # a provider is being asked for a link
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class CartItem:
    order_id: int
    code: str
    title: str
    sku: str
    variant: tuple[str, ...]
    quantity: int
    unit_price: int
    state: str
    preorder_ships: str | None  # ISO date, for a pre-order
    hold_until: float | None
    cancel_reason: str

    @property
    def total(self) -> int:
        return self.unit_price * self.quantity

    @property
    def live(self) -> bool:
        return self.state != "cancelled"


@dataclass(frozen=True)
class CartWait:
    waitlist_id: int
    code: str
    title: str
    sku: str
    variant: tuple[str, ...]
    quantity: int
    position: int  # 1 is served next


@dataclass(frozen=True)
class Cart:
    id: int
    code: str
    show_id: int
    buyer: Buyer
    items: tuple[CartItem, ...]  # cancelled ones too, marked so
    waits: tuple[CartWait, ...]  # places still waiting
    totals: Totals
    discount_code: str
    link_state: LinkState
    link_url: str
    link_total: int | None  # the grand total the link was made for
    link_note: str  # why a provider gave no link

    @property
    def provider_link(self) -> str | None:
        """The provider's link while it is for what the cart costs now (a new item makes it stale)."""
        return self.link_url if self.link_url and self.link_total == self.totals.grand else None

    @property
    def live_items(self) -> tuple[CartItem, ...]:
        return tuple(item for item in self.items if item.live)

    @property
    def payment(self) -> PaymentState:
        live = self.live_items
        if not live:
            return PaymentState.CANCELLED if self.items else PaymentState.WAITING
        if any(item.state in UNPAID_STATES for item in live):
            return PaymentState.UNPAID
        return PaymentState.SHIPPED if all(item.state == "shipped" for item in live) else PaymentState.PAID

    @property
    def hold_until(self) -> float | None:
        """When the first unpaid item's hold runs out (None: nothing is held)."""
        holds = [item.hold_until for item in self.live_items if item.state in UNPAID_STATES and item.hold_until]
        return min(holds, default=None)


_CART = ("SELECT id, code, show_id, buyer_platform, buyer_id, buyer_name, currency, discount, shipping_fee, "
         "free_shipping_over, link_state, link_url, link_total, link_note FROM carts")


def find_cart(db: Database, code: str) -> Cart | None:
    row = db.execute(f"{_CART} WHERE code = ?", (normalise_cart_code(code),)).fetchone()
    return _cart(db, row) if row is not None else None


def cart_by_id(db: Database, cart_id: int) -> Cart:
    row = db.execute(f"{_CART} WHERE id = ?", (cart_id,)).fetchone()
    if row is None:
        raise CartError(QT_TRANSLATE_NOOP("Refusals", "no cart %1"), cart_id)
    return _cart(db, row)


def cart_of_order(db: Database, order_id: int) -> Cart | None:
    """The cart the order is in (None: an order placed before carts, or no such order)."""
    row = db.execute(f"{_CART} WHERE id = (SELECT cart_id FROM orders WHERE id = ?)", (order_id,)).fetchone()
    return _cart(db, row) if row is not None else None


def show_carts(db: Database, show_id: int) -> list[Cart]:
    """The show's carts in the order they were opened."""
    return [_cart(db, row) for row in db.execute(f"{_CART} WHERE show_id = ? ORDER BY id", (show_id,)).fetchall()]


def pay_cart(db: Database, code: str, at: float | None = None) -> Cart:
    """Every unpaid order in the cart becomes paid (the shop saw the money arrive)."""
    return _move_all(db, code, "paid", UNPAID_STATES, at)


def cancel_cart(db: Database, code: str, at: float | None = None) -> Cart:
    """Every order not shipped is cancelled: the stock returns and the waitlist moves."""
    return _move_all(db, code, "cancelled", (*UNPAID_STATES, "paid"), at)


def _move_all(db: Database, code: str, state: str, from_states: Sequence[str], at: float | None) -> Cart:
    with transaction(db):
        cart = find_cart(db, code)
        if cart is None:
            raise CartError(QT_TRANSLATE_NOOP("Refusals", "no cart %1 (see `vitrina carts`)"), normalise_cart_code(code))
        moving = [item for item in cart.items if item.state in from_states]
        if not moving:
            raise CartError(QT_TRANSLATE_NOOP("Refusals", "cart %1 is %2: nothing in it can become %3"), cart.code,
                            state_word(cart.payment.value), state_word(state))
        try:
            for item in moving:
                if state == "paid":
                    pay(db, item.order_id, at)
                else:
                    change_state(db, item.order_id, state, at)
        except OrderError as error:
            raise CartError(QT_TRANSLATE_NOOP("Refusals", "cart %1: %2"), cart.code, error) from error
        return cart_by_id(db, cart.id)


def _cart(db: Database, row: Sequence[Any]) -> Cart:
    (cart_id, code, show_id, platform, buyer_id, name, currency, discount, fee, free_over,
     link_state, link_url, link_total, link_note) = row
    items = tuple(_items(db, cart_id))
    items_total = sum(item.total for item in items if item.live)
    return Cart(id=cart_id, code=code, show_id=show_id, buyer=Buyer(platform, buyer_id, name), items=items,
                waits=tuple(_waits(db, cart_id)),
                totals=totals(items_total, currency, parse_discount(discount), fee, free_over),
                discount_code=discount.split(" ")[0] if discount else "", link_state=LinkState(link_state),
                link_url=link_url, link_total=link_total, link_note=link_note)


def _items(db: Database, cart_id: int) -> list[CartItem]:
    rows = db.execute(
        "SELECT o.id, p.code, p.title, coalesce(v.sku, p.sku), coalesce(v.option_values, '[]'), o.quantity, "
        "o.unit_price, o.state, CASE WHEN o.preorder THEN p.preorder_ships END, o.hold_until, o.cancel_reason "
        "FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id "
        "WHERE o.cart_id = ? ORDER BY o.id", (cart_id,)).fetchall()
    return [CartItem(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), *row[5:]) for row in rows]


def _waits(db: Database, cart_id: int) -> list[CartWait]:
    rows = db.execute(
        "SELECT w.id, p.code, p.title, coalesce(v.sku, p.sku), coalesce(v.option_values, '[]'), w.quantity, "
        "(SELECT count(*) FROM waitlist a WHERE a.product_id = w.product_id AND a.variant_id IS w.variant_id "
        " AND a.order_id IS NULL AND a.id <= w.id) "
        "FROM waitlist w JOIN products p ON p.id = w.product_id LEFT JOIN variants v ON v.id = w.variant_id "
        "WHERE w.cart_id = ? AND w.order_id IS NULL ORDER BY w.id", (cart_id,)).fetchall()
    return [CartWait(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), row[5], row[6]) for row in rows]


def waitlist_position(db: Database, waitlist_id: int) -> int | None:
    """1 for the next to be served; None once served."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM waitlist a WHERE a.product_id = w.product_id AND a.variant_id IS w.variant_id "
        "AND a.order_id IS NULL AND a.id <= w.id) FROM waitlist w WHERE w.id = ? AND w.order_id IS NULL",
        (waitlist_id,)).fetchone()
    return int(row[0]) if row is not None else None
