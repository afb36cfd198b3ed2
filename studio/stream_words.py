"""The stream graphics' words in the show's language (a ShowWords context: studio/show_words.py)."""

from __future__ import annotations

from functools import lru_cache

from studio.placeholders import fill
from studio.show_words import ShowWords


class StreamWords(ShowWords):
    """What the graphics say, in the language of `locale` (English for a language Vitrina does not speak)."""

    # The product card and the ticker

    def only_left(self, count: int) -> str:
        return self.tr("Only %n left", "low-stock badge", count)

    def sold_out(self) -> str:
        return self.tr("Sold out", "stock badge and ticker")

    def comment_to_buy(self, keyword: str, code: str) -> str:
        return fill(self.tr("Comment %1 %2", "buy line: the buy keyword, then the product code"), keyword, code)

    def preorder_ships(self, day: str) -> str:
        return fill(self.tr("Pre-order · ships %1", "card badge: a product sold ahead, then its ship date"), day)

    def code_off(self, code: str, amount: str) -> str:
        return fill(self.tr("Code %1: %2 off", "the show's discount code, then what it takes off (10% or R$ 5,00)"),
                    code, amount)

    def free_shipping_over(self, amount: str) -> str:
        return fill(self.tr("Free shipping over %1", "ticker: carts from this amount ship free"), amount)

    def scan_to_buy(self) -> str:
        return self.tr("Scan to buy", "caption under the QR code")

    # Flash sale, order burst, giveaway

    def flash_sale(self) -> str:
        return self.tr("Flash sale")

    def sale_ended(self) -> str:
        return self.tr("Sale ended")

    def sold(self) -> str:
        return self.tr("Sold!", "burst when an order arrives")

    def giveaway(self) -> str:
        return self.tr("Giveaway", "title when the host names no prize")

    def how_to_enter(self, keyword: str) -> str:
        return fill(self.tr("Type %1 to enter", "giveaway: the keyword to type in chat"), keyword)

    def entries(self, count: int) -> str:
        return self.tr("%n entries", "giveaway entries so far", count)

    def winner(self) -> str:
        return self.tr("Winner", "giveaway: caption over the winner's name")


@lru_cache(maxsize=32)
def stream_words(locale: str) -> StreamWords:
    """The words of a show in `locale` ("pt_BR"); a locale babel does not know raises ValueError."""
    return StreamWords(locale)
