"""The notice a buy comment earns, from what the chat desk made of it (inside its transaction):
reserved or pre-ordered (the item, its cart's id and total, how to pay, the hold's end), waitlisted (the place in line: the item is sold out),
or which variant (the product's choices). A repeated comment earns nothing: it was answered."""

from __future__ import annotations

import json

from sqlite_utils import Database

from studio.catalog import Product
from studio.chat.message import ChatMessage
from studio.commerce.buy_comments import QUANTITY, BuyComment
from studio.commerce.orders import Outcome
from studio.money import format_money
from studio.replies.cart_notices import cart_details
from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute


def notice_for(db: Database, message: ChatMessage, comment: BuyComment | None, outcome: Outcome | None,
               locale: str) -> BuyerNotice | None:
    route = ReplyRoute(message.platform, message.channel)
    if outcome is not None and outcome.ordered and outcome.order_id is not None:
        kind = NoticeKind.PRE_ORDER if outcome.kind == "preordered" else NoticeKind.RESERVED
        return _reserved(db, kind, message.author_name, route, outcome.order_id, locale)
    if outcome is not None and outcome.kind == "waitlisted" and outcome.waitlist_id is not None:
        return _waitlisted(db, message.author_name, route, outcome.waitlist_id)
    if outcome is None and comment is not None and _asks_which(comment):
        assert comment.product is not None
        product = comment.product
        return BuyerNotice(NoticeKind.WHICH_VARIANT, message.author_name, route, product.code,
                           choices=_choices(product))
    return None


def _asks_which(comment: BuyComment) -> bool:
    """A product with variants, none of them named (or one it has not): the buyer is asked which."""
    product = comment.product
    return (product is not None and bool(product.variants) and comment.variant_sku is None
            and comment.reason is not None and comment.reason.template != QUANTITY)


def _reserved(db: Database, kind: NoticeKind, buyer: str, route: ReplyRoute, order_id: int,
              locale: str) -> BuyerNotice:
    """The item, and the cart it went into: its id, the cart's total, how to pay, the hold's end."""
    code, options, quantity, price, currency = db.execute(
        "SELECT p.code, coalesce(v.option_values, '[]'), o.quantity, o.unit_price, o.currency FROM orders o "
        "JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id WHERE o.id = ?",
        (order_id,)).fetchone()
    details = cart_details(db, order_id, locale)
    if details is None:
        return BuyerNotice(kind, buyer, route, code, tuple(json.loads(options)),
                           total_text=format_money(quantity * price, currency, locale))
    return BuyerNotice(kind, buyer, route, code, tuple(json.loads(options)), cart_id=details.cart_id,
                       total_text=details.total_text, pay_text=details.pay_text, hold_end=details.hold_end,
                       ship_date=details.ship_date)


def _waitlisted(db: Database, buyer: str, route: ReplyRoute, waitlist_id: int) -> BuyerNotice:
    code, options, product_id, variant_id = db.execute(
        "SELECT p.code, coalesce(v.option_values, '[]'), w.product_id, w.variant_id FROM waitlist w "
        "JOIN products p ON p.id = w.product_id LEFT JOIN variants v ON v.id = w.variant_id WHERE w.id = ?",
        (waitlist_id,)).fetchone()
    position = db.execute("SELECT count(*) FROM waitlist WHERE product_id = ? AND variant_id IS ? "
                          "AND order_id IS NULL AND id <= ?", (product_id, variant_id, waitlist_id)).fetchone()[0]
    return BuyerNotice(NoticeKind.WAITLISTED, buyer, route, code, tuple(json.loads(options)), position=position)


def _choices(product: Product) -> tuple[str, ...]:
    """What to choose from, those in stock first: the values of a one-option product, else the variants' titles."""
    ordered = sorted(product.variants, key=lambda variant: variant.stock == 0)
    titles = [variant.option_values[0] if len(product.option_names) <= 1 and variant.option_values else variant.title
              for variant in ordered]
    return tuple(dict.fromkeys(title for title in titles if title))
