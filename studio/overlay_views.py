"""What the overlays show, from the catalog: plain view data in the show's language and locale.

The rules live here (what counts as low stock, how a discount is worded); overlays/ only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, format_percent

from overlays.countdown import CountdownView
from overlays.giveaway import GiveawayView
from overlays.poll import PollOption, PollView
from overlays.product_card import ProductCardView
from overlays.sold_burst import SoldBurstView
from overlays.ticker import TickerItem
from studio.catalog import Product
from studio.money import format_money
from studio.settings import language_of
from studio.variant_choices import example_choice, option_choices

LOW_STOCK = 5
# What viewers type before the code. Not translated: chat rules read the same word in every
# language, and "SOLD" is the convention buyers already know from comment selling.
BUY_KEYWORD = "SOLD"
TICKER_ITEMS = 40  # a lap of a few minutes at the ticker's pace


@dataclass(frozen=True)
class Wording:
    only_left: str  # with {count}
    only_one_left: str  # with {count}, where the language makes "1" singular
    sold_out: str
    comment: str  # with {keyword} and {code}
    scan_to_buy: str
    flash_sale: str
    sale_ended: str
    sold: str  # the burst when an order arrives


WORDING = {
    "en": Wording("Only {count} left", "Only {count} left", "Sold out", "Comment {keyword} {code}", "Scan to buy",
                  "Flash sale", "Sale ended", "Sold!"),
    "es": Wording("¡Solo quedan {count}!", "¡Solo queda {count}!", "Agotado", "Comenta {keyword} {code}",
                  "Escanea para comprar", "Oferta relámpago", "Oferta terminada", "¡Vendido!"),
    "pt": Wording("Só restam {count}", "Só resta {count}", "Esgotado", "Comente {keyword} {code}",
                  "Escaneie para comprar", "Oferta relâmpago", "Oferta encerrada", "Vendido!"),
    "fr": Wording("Plus que {count}", "Plus que {count}", "Épuisé", "Commentez {keyword} {code}",
                  "Scannez pour acheter", "Vente flash", "Vente terminée", "Vendu !"),
    "ru": Wording("Осталось {count} шт.", "Осталась {count} шт.", "Распродано", "Напишите {keyword} {code}",
                  "Сканируйте, чтобы купить", "Флеш-распродажа", "Акция завершена", "Продано!"),
}




@dataclass(frozen=True)
class GiveawayWording:
    how_to_enter: str  # with {keyword}
    entries: dict[str, str]  # CLDR plural category ("one", "few", "many", "other") -> text with {count}
    winner: str
    title: str = "Giveaway"  # when the host names no prize


GIVEAWAY_WORDING = {
    "en": GiveawayWording("Type {keyword} to enter", {"one": "{count} entry", "other": "{count} entries"}, "Winner",
                          "Giveaway"),
    "es": GiveawayWording("Escribe {keyword} para participar",
                          {"one": "{count} participante", "other": "{count} participantes"}, "Ganador", "Sorteo"),
    "pt": GiveawayWording("Digite {keyword} para participar",
                          {"one": "{count} participante", "other": "{count} participantes"}, "Vencedor", "Sorteio"),
    "fr": GiveawayWording("Écrivez {keyword} pour participer",
                          {"one": "{count} participant", "other": "{count} participants"}, "Gagnant", "Concours"),
    "ru": GiveawayWording("Напишите {keyword}, чтобы участвовать", {
        "one": "{count} участник", "few": "{count} участника", "many": "{count} участников",
        "other": "{count} участника"}, "Победитель", "Розыгрыш"),
}


def wording_for(locale: str) -> Wording:
    """The show language's wording; English for a language not translated yet."""
    return WORDING.get(language_of(locale), WORDING["en"])


def giveaway_wording_for(locale: str) -> GiveawayWording:
    return GIVEAWAY_WORDING.get(language_of(locale), GIVEAWAY_WORDING["en"])


@lru_cache(maxsize=32)
def _babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as error:
        raise ValueError(f"'{locale}' is not a known locale") from error


def _plural_form(locale: str, count: int) -> str:
    return _babel_locale(locale).plural_form(count)


def discount_percent(price: int, compare_at: int | None) -> int | None:
    """Whole percent off, rounded down so the card never promises more than the price gives."""
    if compare_at is None or compare_at <= price or compare_at <= 0:
        return None
    percent = (compare_at - price) * 100 // compare_at
    return percent or None  # "-0%" sells nothing


def stock_badge(stock: int | None, locale: str) -> tuple[str | None, bool]:
    """(text, urgent): "Sold out" and low counts are urgent; plenty or untracked stock shows nothing."""
    wording = wording_for(locale)
    if stock is None or stock > LOW_STOCK:
        return None, False
    if stock <= 0:
        return wording.sold_out, True
    phrase = wording.only_one_left if _plural_form(locale, stock) == "one" else wording.only_left
    return phrase.format(count=stock), True


def product_card_view(product: Product, locale: str, price: int | None = None,
                      keyword: str = BUY_KEYWORD) -> ProductCardView:
    """The card for `product`; `price` overrides the catalog price (a flash sale). A product with
    variants lists the values to choose and shows one in stock after the code, as an example."""
    wording = wording_for(locale)
    selling_price = product.price if price is None else price
    was = product.compare_at_price if price is None else max(product.price, product.compare_at_price or 0)
    percent = discount_percent(selling_price, was)
    stock_text, urgent = stock_badge(product.total_stock, locale)
    return ProductCardView(
        title=product.title,
        price_text=format_money(selling_price, product.currency, locale),
        comment_text=wording.comment.format(keyword=keyword, code=" ".join(
            part for part in (product.code, example_choice(product)) if part)),
        compare_at_text=format_money(was, product.currency, locale) if percent and was is not None else None,
        discount_text=format_percent(-percent / 100, locale=locale.replace("-", "_")) if percent else None,
        stock_text=stock_text,
        stock_urgent=urgent,
        checkout_url=product.checkout_url,
        image_path=product.image,
        qr_caption=wording.scan_to_buy,
        options=option_choices(product),
    )


def countdown_view(product: Product, sale_price: int, ends_at: float, locale: str) -> CountdownView:
    """The flash-sale countdown for `product` at `sale_price` until `ends_at` (the show's clock)."""
    wording = wording_for(locale)
    return CountdownView(wording.flash_sale, format_money(sale_price, product.currency, locale), ends_at,
                         wording.sale_ended)


def entries_text(count: int, locale: str) -> str:
    """"128 entries", "21 участник", "1 234 participants": the count in the show's numbers and grammar."""
    forms = giveaway_wording_for(locale).entries
    template = forms.get(_plural_form(locale, count), forms["other"])
    return template.format(count=format_decimal(count, locale=_babel_locale(locale)))


def giveaway_view(title: str, keyword: str, entries: int, locale: str, winner: str | None = None) -> GiveawayView:
    """The giveaway graphic: how to enter and how many have, then the winner (entries unchanged).
    An empty title (no prize named) reads "Giveaway" in the show's language."""
    wording = giveaway_wording_for(locale)
    return GiveawayView(title or wording.title, wording.how_to_enter.format(keyword=keyword),
                        entries_text(entries, locale), winner, wording.winner)


def sold_burst_view(buyer: str, locale: str) -> SoldBurstView:
    return SoldBurstView(wording_for(locale).sold, buyer)


def poll_view(question: str, options: tuple[str, ...], votes: tuple[int, ...]) -> PollView:
    """Options keyed 1, 2, 3... as viewers type them."""
    return PollView(question, tuple(PollOption(str(index + 1), label, count)
                                    for index, (label, count) in enumerate(zip(options, votes))))


def ticker_items(products: list[Product], locale: str) -> list[TickerItem]:
    """The first TICKER_ITEMS active products in catalog order (the strip is one image: a
    50,000-product catalog would make it gigabytes); a sold-out one says so instead of its price."""
    sold_out = wording_for(locale).sold_out
    active = (product for product in products if product.status == "active")
    return [
        TickerItem(product.title, sold_out, "") if product.total_stock == 0
        else TickerItem(product.title, format_money(product.price, product.currency, locale), product.code)
        for product in islice(active, TICKER_ITEMS)
    ]
