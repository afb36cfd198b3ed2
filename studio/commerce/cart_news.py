"""Cart events as the show tells them (CartChanged): the event's kind with the cart as it is
when read, the order or waitlist place concerned, how to pay and the total in the show's
money format, everything a chat reply or a panel needs without reading the store again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.cart_store import CartEventKind
from studio.commerce.carts import Cart, CartItem, cart_by_id, waitlist_position
from studio.commerce.payment_options import PaymentOptions, payment_options
from studio.money import format_money


@dataclass(frozen=True)
class CartChanged:
    event_id: int
    kind: CartEventKind
    at: float
    cart: Cart  # code, buyer, items, waits, totals, payment state, hold end
    channel: str  # the chat channel the buyer last wrote in ('' when none is known)
    item: CartItem | None  # the order this event is about (reserved, pre-ordered, promoted, released, ...)
    waitlist_position: int | None  # for WAITLISTED: 1 is served next (None once served)
    total_text: str  # the grand total in the show's locale, e.g. "R$ 99,90"
    payment: PaymentOptions
    note: str  # why (a release, a provider's refusal)


def latest_cart_event(db: Database, show_id: int) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM cart_events WHERE show_id = ?", (show_id,)).fetchone()[0])


def cart_news(db: Database, show_id: int, after_id: int, locale: str, limit: int = 500) -> list[CartChanged]:
    """The show's cart events after `after_id`, oldest first."""
    rows = db.execute("SELECT id, cart_id, kind, order_id, waitlist_id, note, at FROM cart_events "
                      "WHERE show_id = ? AND id > ? ORDER BY id LIMIT ?", (show_id, after_id, limit)).fetchall()
    settings = load_cart_settings(db)
    news = []
    seen: dict[int, tuple[Cart, str, PaymentOptions, str]] = {}  # each cart read once a batch, as it is now
    for event_id, cart_id, kind, order_id, waitlist_id, note, at in rows:
        if cart_id not in seen:
            cart = cart_by_id(db, cart_id)
            seen[cart_id] = (cart, _channel(db, cart), payment_options(settings, cart),
                             format_money(cart.totals.grand, cart.totals.currency, locale))
        cart, channel, payment, total_text = seen[cart_id]
        item = next((line for line in cart.items if line.order_id == order_id), None)
        position = waitlist_position(db, waitlist_id) if waitlist_id is not None and order_id is None else None
        news.append(CartChanged(event_id=event_id, kind=CartEventKind(kind), at=at, cart=cart, channel=channel,
                                item=item, waitlist_position=position, total_text=total_text, payment=payment,
                                note=note))
    return news


def _channel(db: Database, cart: Cart) -> str:
    row = db.execute("SELECT channel FROM chat_messages WHERE show_id = ? AND platform = ? AND author_id = ? "
                     "ORDER BY id DESC LIMIT 1", (cart.show_id, cart.buyer.platform, cart.buyer.id)).fetchone()
    return str(row[0]) if row is not None else ""
