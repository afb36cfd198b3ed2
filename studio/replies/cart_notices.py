"""What a buyer is told about their cart: the cart id, its total, how to pay and when the hold
ends, on the reply to a buy (read inside the desk's transaction), and the later news a show's
cart clerk reads back (a reminder before the hold runs out, a release, a waitlist place served)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from studio.commerce.cart_news import CartChanged
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.cart_store import CartEventKind
from studio.commerce.carts import CartItem, cart_by_id
from studio.commerce.payment_options import PaymentOptions, payment_options
from studio.money import format_money
from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute

LATER_NEWS = {  # what the desk did not already answer when the comment came
    CartEventKind.REMINDER: NoticeKind.REMINDER,
    CartEventKind.RELEASED: NoticeKind.RELEASED,
    CartEventKind.PROMOTED: NoticeKind.RESERVED,  # a waitlist place served: the buyer now has the item
}


@dataclass(frozen=True)
class CartDetails:
    cart_id: str
    total_text: str  # the cart's grand total, in the show's locale
    pay_text: str | None
    hold_end: float | None
    ship_date: date | None  # of the order, when it is a pre-order


def pay_text(payment: PaymentOptions) -> str | None:
    """One way to pay in a chat line: the Pix copy-and-paste code where there is one, else the first link."""
    return payment.pix_code or next(iter(payment.links), None)


def cart_details(db: Database, order_id: int, locale: str) -> CartDetails | None:
    """The cart an order is in, as its reply tells it; None for an order outside any cart."""
    row = db.execute("SELECT cart_id FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    cart = cart_by_id(db, int(row[0]))
    item = next((line for line in cart.items if line.order_id == order_id), None)
    return CartDetails(cart.code, format_money(cart.totals.grand, cart.totals.currency, locale),
                       pay_text(payment_options(load_cart_settings(db), cart)), cart.hold_until, _ships(item))


def notice_from_news(news: CartChanged) -> BuyerNotice | None:
    """The notice a later cart event earns, or None (one the desk answered, or no chat to answer in)."""
    kind = LATER_NEWS.get(news.kind)
    if kind is None or not news.channel:
        return None
    item = news.item
    return BuyerNotice(kind, news.cart.buyer.name, ReplyRoute(news.cart.buyer.platform, news.channel),
                       item.code if item is not None else "", item.variant if item is not None else (),
                       cart_id=news.cart.code, total_text=news.total_text, pay_text=pay_text(news.payment),
                       hold_end=news.cart.hold_until, ship_date=_ships(item))


def _ships(item: CartItem | None) -> date | None:
    return date.fromisoformat(item.preorder_ships) if item is not None and item.preorder_ships else None
