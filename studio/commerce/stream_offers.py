"""What the show offers every buyer, as the stream says it: the discount code and the
free-shipping threshold, read from the shop's cart settings (studio/commerce/cart_settings.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlite_utils import Database

from studio.commerce.cart_terms import Discount, TermsError, check_amount, parse_discount

SETTINGS = ("discount_code", "free_shipping_over")
Read = TypeVar("Read")


@dataclass(frozen=True)
class StreamOffers:
    discount: Discount | None = None
    free_shipping_over: str = ""  # a checked amount, read in the products' currency; '' is none

    def __bool__(self) -> bool:
        return self.discount is not None or bool(self.free_shipping_over)


NO_OFFERS = StreamOffers()


def read_stream_offers(db: Database) -> StreamOffers:
    """One small query, cheap enough for every tick of the show's graphics; a value stored
    before its check existed counts as unset, as load_cart_settings reads it."""
    stored = dict(db.execute(f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(SETTINGS))})",
                             SETTINGS).fetchall())
    threshold = stored.get("free_shipping_over", "")
    return StreamOffers(_lenient(lambda: parse_discount(stored.get("discount_code", ""))),
                        (_lenient(lambda: check_amount("free_shipping_over", threshold)) or "") if threshold.strip() else "")


def _lenient(read: Callable[[], Read]) -> Read | None:
    try:
        return read()
    except TermsError:
        return None
