"""Orders from buy comments, with stock that never goes below zero whatever arrives at once.

Each order is one write transaction (BEGIN IMMEDIATE): the stock is read and taken inside
it, so two buyers can never both get the last unit. Beyond stock, a product on pre-order takes
pre-orders up to its cap; past that the buyer joins the waitlist in arrival order. A
cancellation, a hold that runs out or a restock moves the waitlist forward into orders. The
same buyer sending the same comment again within REPEAT_SECONDS makes one order, not two.
An order keeps the price it was sold at, belongs to its buyer's cart in the show, and every
change of it is a cart event (cart_store.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from sqlite_utils import Database

from studio.commerce.buy_comments import BuyComment, fold
from studio.commerce.cart_store import CartEventKind, cart_for, hold_until, record
from studio.commerce.flash_sales import active_sale
from studio.storage import inserted_id, transaction
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP, Refusal, Word

REPEAT_SECONDS = 30.0
STATES = ("reserved", "confirmed", "paid", "shipped", "cancelled")
NEXT_STATES = {"reserved": {"confirmed", "cancelled"}, "confirmed": {"paid", "cancelled"},
               "paid": {"shipped", "cancelled"}, "shipped": set(), "cancelled": set()}
STATE_WORDS = {  # an order's or a cart's state as a refusal says it
    "reserved": Word(QT_TRANSLATE_NOOP("Refusals", "reserved")),
    "confirmed": Word(QT_TRANSLATE_NOOP("Refusals", "confirmed")),
    "paid": Word(QT_TRANSLATE_NOOP("Refusals", "paid")),
    "shipped": Word(QT_TRANSLATE_NOOP("Refusals", "shipped")),
    "cancelled": Word(QT_TRANSLATE_NOOP("Refusals", "cancelled")),
    "unpaid": Word(QT_TRANSLATE_NOOP("Refusals", "unpaid")),
    "waiting": Word(QT_TRANSLATE_NOOP("Refusals", "waiting")),
}


def state_word(state: str) -> Word:
    return STATE_WORDS.get(state, Word(state))


@dataclass(frozen=True)
class Buyer:
    platform: str
    id: str
    name: str


@dataclass(frozen=True)
class Outcome:
    kind: Literal["reserved", "preordered", "waitlisted", "repeat"]
    order_id: int | None = None
    waitlist_id: int | None = None
    cart_id: int | None = None

    @property
    def ordered(self) -> bool:
        """An order was made now (in stock or on pre-order)."""
        return self.kind in ("reserved", "preordered")


class OrderError(Refusal):
    pass


def comment_key(text: str) -> str:
    """Two comments are the same when they differ only in case, accents and spacing."""
    return " ".join(fold(text).split())


def place_order(db: Database, show_id: int, buyer: Buyer, comment: BuyComment, text: str,
                at: float | None = None, price: int | None = None) -> Outcome:
    """The price is `price` if given, else a running flash sale's, else the catalog's."""
    if not comment.orderable or comment.product is None or comment.product.id is None:
        raise OrderError(PASSED_ON, comment.reason or "not an order")
    moment = time.time() if at is None else at
    key = comment_key(text)
    with transaction(db):
        repeat = _recent_repeat(db, show_id, buyer, key, moment)
        if repeat is not None:
            return repeat
        variant_id, stock, catalog_price, currency = _item(db, comment)
        cart_id = cart_for(db, show_id, buyer.platform, buyer.id, buyer.name, currency, moment)
        fits = _fits(db, comment.product.id, stock, comment.quantity)
        if fits is None:
            cursor = db.execute(
                "INSERT INTO waitlist (show_id, buyer_platform, buyer_id, buyer_name, product_id, variant_id, "
                "quantity, comment_key, created_at, cart_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (show_id, buyer.platform, buyer.id, buyer.name, comment.product.id, variant_id, comment.quantity, key,
                 moment, cart_id))
            waitlist_id = inserted_id(cursor)
            record(db, cart_id, CartEventKind.WAITLISTED, moment, waitlist_id=waitlist_id)
            return Outcome("waitlisted", waitlist_id=waitlist_id, cart_id=cart_id)
        preorder = fits == "preorder"
        if not preorder:
            _take_stock(db, comment.product.id, variant_id, comment.quantity)
        if price is None:
            sale = active_sale(db, comment.product.id, moment)
            price = sale.price if sale is not None else catalog_price
        order_id = _insert_order(db, show_id, buyer.platform, buyer.id, buyer.name, comment.product.id, variant_id,
                                 comment.quantity, price, currency, key, moment, cart_id, preorder)
        kind = CartEventKind.PREORDERED if preorder else CartEventKind.RESERVED
        record(db, cart_id, kind, moment, order_id=order_id)
        return Outcome("preordered" if preorder else "reserved", order_id=order_id, cart_id=cart_id)


EVENT_OF_STATE = {"confirmed": CartEventKind.CONFIRMED, "paid": CartEventKind.PAID,
                  "shipped": CartEventKind.SHIPPED, "cancelled": CartEventKind.CANCELLED}
HOLD_ENDED = "the hold ended unpaid"


def change_state(db: Database, order_id: int, state: str, at: float | None = None) -> None:
    """reserved -> confirmed -> paid -> shipped, or cancelled (the stock returns, the waitlist moves)."""
    with transaction(db):
        _move(db, order_id, state, time.time() if at is None else at, EVENT_OF_STATE.get(state))


def pay(db: Database, order_id: int, at: float | None = None) -> None:
    """The money arrived: a reserved order is confirmed on the way (one cart event, PAID)."""
    moment = time.time() if at is None else at
    with transaction(db):
        row = db.execute("SELECT state FROM orders WHERE id = ?", (order_id,)).fetchone()
        if row is not None and row[0] == "reserved":
            _move(db, order_id, "confirmed", moment, None)
        _move(db, order_id, "paid", moment, CartEventKind.PAID)


def release(db: Database, order_id: int, moment: float) -> None:
    """An unpaid order whose hold ran out: cancelled, its stock to the waitlist first, the buyer told."""
    with transaction(db):
        _move(db, order_id, "cancelled", moment, CartEventKind.RELEASED, HOLD_ENDED)


def _move(db: Database, order_id: int, state: str, moment: float, kind: CartEventKind | None,
          reason: str = "") -> None:
    row = db.execute("SELECT state, product_id, variant_id, quantity, cart_id, preorder FROM orders WHERE id = ?",
                     (order_id,)).fetchone()
    if row is None:
        raise OrderError(QT_TRANSLATE_NOOP("Refusals", "no order %1"), order_id)
    current, product_id, variant_id, quantity, cart_id, preorder = row
    if state not in NEXT_STATES[current]:
        raise OrderError(QT_TRANSLATE_NOOP("Refusals", "order %1 is %2; it cannot become %3"), order_id, state_word(current),
                         state_word(state))
    db.execute("UPDATE orders SET state = ?, cancel_reason = ? WHERE id = ?", (state, reason, order_id))
    _log_state(db, order_id, state, moment)
    if cart_id is not None and kind is not None:
        record(db, cart_id, kind, moment, order_id=order_id, note=reason)
    if state == "cancelled":
        if not preorder:  # a pre-order took no stock; it frees room under the cap
            _give_stock(db, product_id, variant_id, quantity)
        _advance_waitlist(db, product_id, variant_id, moment)


def restock(db: Database, product_id: int, variant_id: int | None, quantity: int) -> None:
    with transaction(db):
        _give_stock(db, product_id, variant_id, quantity)
        _advance_waitlist(db, product_id, variant_id, time.time())


def _recent_repeat(db: Database, show_id: int, buyer: Buyer, key: str, moment: float) -> Outcome | None:
    for table, kind in (("orders", "order_id"), ("waitlist", "waitlist_id")):
        row = db.execute(
            f"SELECT id FROM {table} WHERE show_id = ? AND buyer_platform = ? AND buyer_id = ? AND comment_key = ? "
            "AND created_at > ? ORDER BY id DESC LIMIT 1",
            (show_id, buyer.platform, buyer.id, key, moment - REPEAT_SECONDS)).fetchone()
        if row is not None:
            return Outcome("repeat", **{kind: int(row[0])})
    return None


def _item(db: Database, comment: BuyComment) -> tuple[int | None, int | None, int, str]:
    """(variant id, stock or None when untracked, price, currency) as they are now, in the transaction."""
    product = comment.product
    assert product is not None
    currency = db.execute("SELECT currency FROM products WHERE id = ?", (product.id,)).fetchone()[0]
    if comment.variant_sku is None:
        stock, price = db.execute("SELECT stock, price FROM products WHERE id = ?", (product.id,)).fetchone()
        return None, stock, price, currency
    variant_id, stock, price = db.execute(
        "SELECT id, stock, price FROM variants WHERE sku = ?", (comment.variant_sku,)).fetchone()
    return variant_id, stock, price, currency


def _fits(db: Database, product_id: int, stock: int | None, quantity: int) -> Literal["stock", "preorder"] | None:
    """Where an order of `quantity` comes from: the stock, the pre-order room left under the
    product's cap, or nowhere (the waitlist)."""
    if stock is None or stock >= quantity:
        return "stock"
    ships, cap = db.execute("SELECT preorder_ships, preorder_cap FROM products WHERE id = ?", (product_id,)).fetchone()
    if ships is None or cap is None:
        return None
    taken = db.execute("SELECT coalesce(sum(quantity), 0) FROM orders WHERE product_id = ? AND preorder = 1 "
                       "AND state != 'cancelled'", (product_id,)).fetchone()[0]
    return "preorder" if taken + quantity <= cap else None


def _take_stock(db: Database, product_id: int, variant_id: int | None, quantity: int) -> None:
    table, row_id = ("variants", variant_id) if variant_id is not None else ("products", product_id)
    db.execute(f"UPDATE {table} SET stock = stock - ? WHERE id = ? AND stock IS NOT NULL", (quantity, row_id))


def _give_stock(db: Database, product_id: int, variant_id: int | None, quantity: int) -> None:
    table, row_id = ("variants", variant_id) if variant_id is not None else ("products", product_id)
    db.execute(f"UPDATE {table} SET stock = stock + ? WHERE id = ? AND stock IS NOT NULL", (quantity, row_id))


def _insert_order(db: Database, show_id: int, platform: str, buyer_id: str, name: str, product_id: int,
                  variant_id: int | None, quantity: int, price: int, currency: str, key: str, moment: float,
                  cart_id: int, preorder: bool) -> int:
    cursor = db.execute(
        "INSERT INTO orders (show_id, buyer_platform, buyer_id, buyer_name, product_id, variant_id, quantity, "
        "unit_price, currency, state, comment_key, created_at, cart_id, hold_until, preorder) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'reserved', ?, ?, ?, ?, ?)",
        (show_id, platform, buyer_id, name, product_id, variant_id, quantity, price, currency, key, moment, cart_id,
         hold_until(db, moment), int(preorder)))
    order_id = inserted_id(cursor)
    _log_state(db, order_id, "reserved", moment)
    return order_id


def _log_state(db: Database, order_id: int, state: str, moment: float) -> None:
    db.execute("INSERT INTO order_events (order_id, show_id, state, at) "
               "SELECT id, show_id, ?, ? FROM orders WHERE id = ?", (state, moment, order_id))


@dataclass(frozen=True)
class CartLine:
    order_id: int
    product_id: int
    variant_id: int | None
    quantity: int
    unit_price: int
    currency: str
    state: str


def cart(db: Database, show_id: int, platform: str, buyer_id: str) -> list[CartLine]:
    """One buyer's orders in a show, cancelled ones left out: what they will pay for together."""
    return [CartLine(*row) for row in db.execute(
        "SELECT id, product_id, variant_id, quantity, unit_price, currency, state FROM orders "
        "WHERE show_id = ? AND buyer_platform = ? AND buyer_id = ? AND state != 'cancelled' ORDER BY id",
        (show_id, platform, buyer_id))]


def _advance_waitlist(db: Database, product_id: int, variant_id: int | None, moment: float) -> None:
    """Waiting buyers, first come first served, get orders (or pre-orders) while there is room."""
    table, row_id = ("variants", variant_id) if variant_id is not None else ("products", product_id)
    waiting = db.execute(
        "SELECT id, show_id, buyer_platform, buyer_id, buyer_name, quantity, comment_key, cart_id FROM waitlist "
        "WHERE product_id = ? AND variant_id IS ? AND order_id IS NULL ORDER BY id", (product_id, variant_id)).fetchall()
    for waitlist_id, show_id, platform, buyer_id, name, quantity, key, cart_id in waiting:
        stock, price = db.execute(f"SELECT stock, price FROM {table} WHERE id = ?", (row_id,)).fetchone()
        fits = _fits(db, product_id, stock, quantity)
        if fits is None:
            break
        currency = db.execute("SELECT currency FROM products WHERE id = ?", (product_id,)).fetchone()[0]
        if cart_id is None:  # a place taken before carts existed
            cart_id = cart_for(db, show_id, platform, buyer_id, name, currency, moment)
        if fits == "stock":
            _take_stock(db, product_id, variant_id, quantity)
        order_id = _insert_order(db, show_id, platform, buyer_id, name, product_id, variant_id, quantity, price,
                                 currency, key, moment, cart_id, fits == "preorder")
        db.execute("UPDATE waitlist SET order_id = ? WHERE id = ?", (order_id, waitlist_id))
        record(db, cart_id, CartEventKind.PROMOTED, moment, order_id=order_id, waitlist_id=waitlist_id)
