"""Cart rows and cart events, written inside the caller's transaction: a buyer's first order
(or waitlist place) in a show opens their cart, and every change of it is an event row the
show reads and tells its drivers (studio/commerce/cart_clerk.py)."""

from __future__ import annotations

import enum
import logging
import sqlite3

from sqlite_utils import Database

from studio.commerce.cart_codes import new_cart_code
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.cart_terms import TermsError, amount_minor
from studio.settings import get_setting
from studio.storage import inserted_id

log = logging.getLogger(__name__)

CODE_DRAWS = 32


class CartEventKind(enum.Enum):
    RESERVED = "reserved"  # an order in stock, held until `hold_until` when there is a hold
    PREORDERED = "preordered"  # an order beyond stock, within the product's pre-order cap
    WAITLISTED = "waitlisted"  # sold out (and no pre-order room): a place in the waitlist
    PROMOTED = "promoted"  # a waitlist place became an order (stock came back)
    REMINDER = "reminder"  # the hold is half over and the cart is unpaid
    RELEASED = "released"  # the hold ran out: the order is cancelled, its stock went to the waitlist
    CONFIRMED = "confirmed"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"  # by the shop
    LINK_READY = "link_ready"  # a payment provider made the cart's link
    LINK_FAILED = "link_failed"  # the provider refused or did not answer: the note says why


def cart_for(db: Database, show_id: int, platform: str, buyer_id: str, buyer_name: str, currency: str,
             moment: float) -> int:
    """The buyer's cart in the show, opened now with the shop's current terms if there is none."""
    row = db.execute("SELECT id FROM carts WHERE show_id = ? AND buyer_platform = ? AND buyer_id = ?",
                     (show_id, platform, buyer_id)).fetchone()
    if row is not None:
        return int(row[0])
    settings = load_cart_settings(db)
    fee = _amount(settings.shipping_fee, currency) or 0
    free_over = _amount(settings.free_shipping_over, currency)
    discount = settings.discount.text if settings.discount is not None else ""
    for _ in range(CODE_DRAWS):
        try:
            cursor = db.execute(
                "INSERT INTO carts (code, show_id, buyer_platform, buyer_id, buyer_name, currency, discount, shipping_fee, "
                "free_shipping_over, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_cart_code(), show_id, platform, buyer_id, buyer_name, currency, discount, fee, free_over, moment))
        except sqlite3.IntegrityError:  # the code is taken (the buyer's cart cannot be: looked for above)
            log.debug("a cart code was taken; drawing another")
            continue
        return inserted_id(cursor)
    raise RuntimeError(f"no free cart code after {CODE_DRAWS} draws")


def _amount(text: str, currency: str) -> int | None:
    """A stored amount in the cart's currency; one stored unchecked (by hand) counts as unset, never stops a sale."""
    if not text:
        return None
    try:
        return amount_minor(text, currency)
    except TermsError:
        log.warning("the stored amount '%s' cannot be read; a cart opens without it", text)
        return None


def record(db: Database, cart_id: int, kind: CartEventKind, moment: float, order_id: int | None = None,
           waitlist_id: int | None = None, note: str = "") -> None:
    db.execute("INSERT INTO cart_events (show_id, cart_id, kind, order_id, waitlist_id, note, at) "
               "SELECT show_id, id, ?, ?, ?, ?, ? FROM carts WHERE id = ?",
               (kind.value, order_id, waitlist_id, note, moment, cart_id))


def hold_until(db: Database, moment: float) -> float | None:
    """When an order made at `moment` is released unpaid (None: no hold). One setting read, as each order asks."""
    minutes = get_setting(db, "hold_minutes", "0")
    return moment + int(minutes) * 60 if minutes.isdigit() and int(minutes) else None
