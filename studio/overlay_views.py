"""What the overlays show, from the catalog: plain view data in the show's language and locale.

The rules live here (what counts as low stock, how a discount is worded); overlays/ only draws.
The words come from studio/stream_words.py (Qt's translations, with their plural forms).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import islice

from babel.dates import format_date
from babel.numbers import format_percent

from overlays.countdown import CountdownView
from overlays.giveaway import GiveawayView
from overlays.poll import PollOption, PollView
from overlays.product_card import ProductCardView
from overlays.sold_burst import SoldBurstView
from overlays.ticker import TickerItem
from studio.catalog import Product
from studio.commerce.cart_terms import Discount, DiscountKind, amount_minor
from studio.commerce.stream_offers import NO_OFFERS, StreamOffers
from studio.money import babel_locale, format_money
from studio.stream_words import stream_words
from studio.variant_choices import example_choice, option_choices

LOW_STOCK = 5
# What viewers type before the code. Not translated: chat rules read the same word in every
# language, and "SOLD" is the convention buyers already know from comment selling.
BUY_KEYWORD = "SOLD"
TICKER_ITEMS = 40  # a lap of a few minutes at the ticker's pace


def discount_percent(price: int, compare_at: int | None) -> int | None:
    """Whole percent off, rounded down so the card never promises more than the price gives."""
    if compare_at is None or compare_at <= price or compare_at <= 0:
        return None
    percent = (compare_at - price) * 100 // compare_at
    return percent or None  # "-0%" sells nothing


def stock_badge(stock: int | None, locale: str) -> tuple[str | None, bool]:
    """(text, urgent): "Sold out" and low counts are urgent; plenty or untracked stock shows nothing."""
    words = stream_words(locale)
    if stock is None or stock > LOW_STOCK:
        return None, False
    if stock <= 0:
        return words.sold_out(), True
    return words.only_left(stock), True


def preorder_text(ships: str, locale: str) -> str:
    """'Pre-order · ships 12 Dec' for an ISO date, in the show's language."""
    day = format_date(date.fromisoformat(ships), "d MMM", locale=babel_locale(locale))
    return stream_words(locale).preorder_ships(day)


def discount_line(discount: Discount, currency: str, locale: str) -> str:
    """'Code LIVE10: 10% off', 'Cupom LIVE5: R$ 5,00 de desconto': the amount in the show's numbers."""
    if discount.kind is DiscountKind.PERCENT:
        amount = format_percent(Decimal(discount.amount) / 100, locale=locale.replace("-", "_"), decimal_quantization=False)
    else:
        amount = format_money(amount_minor(discount.amount, currency), currency, locale)
    return stream_words(locale).code_off(discount.code, amount)


def free_shipping_line(threshold: str, currency: str, locale: str) -> str:
    """'Free shipping over R$ 150,00' for a checked amount read in `currency`."""
    return stream_words(locale).free_shipping_over(format_money(amount_minor(threshold, currency), currency, locale))


def product_card_view(product: Product, locale: str, price: int | None = None,
                      keyword: str = BUY_KEYWORD, offers: StreamOffers = NO_OFFERS) -> ProductCardView:
    """The card for `product`; `price` overrides the catalog price (a flash sale). A product with
    variants lists the values to choose and shows one in stock after the code, as an example."""
    words = stream_words(locale)
    selling_price = product.price if price is None else price
    was = product.compare_at_price if price is None else max(product.price, product.compare_at_price or 0)
    percent = discount_percent(selling_price, was)
    stock_text, urgent = stock_badge(product.total_stock, locale)
    if product.preorder_ships and (product.total_stock or 0) <= 0 and product.total_stock is not None:
        stock_text, urgent = preorder_text(product.preorder_ships, locale), False  # sold out, selling ahead
    return ProductCardView(
        title=product.title,
        price_text=format_money(selling_price, product.currency, locale),
        comment_text=words.comment_to_buy(keyword, " ".join(part for part in (product.code, example_choice(product)) if part)),
        compare_at_text=format_money(was, product.currency, locale) if percent and was is not None else None,
        discount_text=format_percent(-percent / 100, locale=locale.replace("-", "_")) if percent else None,
        stock_text=stock_text,
        stock_urgent=urgent,
        checkout_url=product.checkout_url,
        image_path=product.image,
        qr_caption=words.scan_to_buy(),
        options=option_choices(product),
        offer_text=discount_line(offers.discount, product.currency, locale) if offers.discount else None,
    )


def countdown_view(product: Product, sale_price: int, ends_at: float, locale: str) -> CountdownView:
    """The flash-sale countdown for `product` at `sale_price` until `ends_at` (the show's clock)."""
    words = stream_words(locale)
    return CountdownView(words.flash_sale(), format_money(sale_price, product.currency, locale), ends_at,
                         words.sale_ended())


def entries_text(count: int, locale: str) -> str:
    """"128 entries", "21 участник", "1 234 participants": the count in the show's numbers and grammar."""
    return stream_words(locale).entries(count)


def giveaway_view(title: str, keyword: str, entries: int, locale: str, winner: str | None = None) -> GiveawayView:
    """The giveaway graphic: how to enter and how many have, then the winner (entries unchanged).
    An empty title (no prize named) reads "Giveaway" in the show's language."""
    words = stream_words(locale)
    return GiveawayView(title or words.giveaway(), words.how_to_enter(keyword), words.entries(entries), winner,
                        words.winner())


def sold_burst_view(buyer: str, locale: str) -> SoldBurstView:
    return SoldBurstView(stream_words(locale).sold(), buyer)


def poll_view(question: str, options: tuple[str, ...], votes: tuple[int, ...]) -> PollView:
    """Options keyed 1, 2, 3... as viewers type them."""
    return PollView(question, tuple(PollOption(str(index + 1), label, count)
                                    for index, (label, count) in enumerate(zip(options, votes))))


def ticker_items(products: list[Product], locale: str, offers: StreamOffers = NO_OFFERS) -> list[TickerItem]:
    """The first TICKER_ITEMS active products in catalog order (the strip is one image: a
    50,000-product catalog would make it gigabytes); a sold-out one says so instead of its price.
    The show's offers lead the strip, in the first product's currency (the shop's prices share one)."""
    sold_out = stream_words(locale).sold_out()
    active = list(islice((product for product in products if product.status == "active"), TICKER_ITEMS))
    items = [
        TickerItem(product.title, sold_out, "") if product.total_stock == 0
        else TickerItem(product.title, format_money(product.price, product.currency, locale), product.code)
        for product in active
    ]
    return offer_items(offers, active[0].currency, locale) + items if active else items


def offer_items(offers: StreamOffers, currency: str, locale: str) -> list[TickerItem]:
    lines = ([discount_line(offers.discount, currency, locale)] if offers.discount else []) + (
        [free_shipping_line(offers.free_shipping_over, currency, locale)] if offers.free_shipping_over else [])
    return [TickerItem(line, "", "") for line in lines]
