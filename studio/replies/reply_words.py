"""The words of replies in chat, in the show's language (a ShowWords context: studio/show_words.py).
Values go in as `%1`, `%2`, filled in one pass, so a variant typed as "%2" stays "%2"."""

from __future__ import annotations

from functools import lru_cache

from studio.placeholders import fill
from studio.show_words import ShowWords


class ReplyWords(ShowWords):
    # Reserved, pre-order and reminder lines

    def reserved(self) -> str:
        return self.tr("reserved", "reply: the item is the buyer's")

    def pre_order(self) -> str:
        return self.tr("pre-order", "reply: the item is ordered before it is in stock")

    def reminder(self) -> str:
        return self.tr("reminder", "reply: a cart still waits for payment")

    def cart(self) -> str:
        return self.tr("cart", "reply: before the cart's code")

    def total(self) -> str:
        return self.tr("total", "reply: before the cart's total")

    def pay(self) -> str:
        return self.tr("pay", "reply: before the payment link")

    def held_until(self, time: str) -> str:
        return fill(self.tr("held until %1", "reply: the reservation lasts until a time of day"), time)

    def ships(self, date: str) -> str:
        return fill(self.tr("ships %1", "reply: a pre-order's shipping date"), date)

    def cart_waiting(self) -> str:
        return self.tr("your cart is waiting for payment")

    # Sold out, waitlist, released

    def waitlisted(self, item: str, position: int) -> str:
        return fill(self.tr("%1 is sold out: you are #%2 on the waitlist", "reply: the item, the place in line"),
                    item, str(position))

    def waitlisted_together(self) -> str:
        return self.tr("sold out, you are on the waitlist", "reply said once to several buyers")

    def sold_out(self, item: str) -> str:
        return fill(self.tr("%1 is sold out", "reply: the item"), item)

    def sold_out_together(self) -> str:
        return self.tr("sold out", "reply said once to several buyers")

    def released(self, item: str) -> str:
        return fill(self.tr("the hold on %1 ran out: it is released", "reply: the item"), item)

    def released_together(self) -> str:
        return self.tr("your hold ran out, the item is released", "reply said once to several buyers")

    # Which variant

    def which_variant(self, code: str, choices: str) -> str:
        return fill(self.tr("which %1? %2", "reply: the product code, then its choices"), code, choices)


@lru_cache(maxsize=32)
def reply_words(locale: str) -> ReplyWords:
    """The reply words of a show in `locale` ("pt_BR"); a locale Babel does not know raises ValueError."""
    return ReplyWords(locale)
