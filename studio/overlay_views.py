"""What the overlays show, from the catalog: plain view data in the show's language and locale.

The rules live here (what counts as low stock, how a discount is worded); overlays/ only draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from overlays.product_card import ProductCardView
from overlays.ticker import TickerItem
from studio.catalog import Product
from studio.money import format_money

LOW_STOCK = 5


@dataclass(frozen=True)
class Wording:
    only_left: str  # with {count}
    sold_out: str
    comment: str  # with {code}
    scan_to_buy: str


WORDING = {
    "en": Wording("Only {count} left", "Sold out", "Comment SOLD {code}", "Scan to buy"),
    "es": Wording("¡Solo quedan {count}!", "Agotado", "Comenta COMPRO {code}", "Escanea para comprar"),
    "pt": Wording("Só restam {count}", "Esgotado", "Comente QUERO {code}", "Escaneie para comprar"),
    "fr": Wording("Plus que {count}", "Épuisé", "Commentez JE PRENDS {code}", "Scannez pour acheter"),
    "ru": Wording("Осталось {count}", "Распродано", "Пишите БЕРУ {code}", "Сканируйте, чтобы купить"),
}


def wording_for(locale: str) -> Wording:
    return WORDING.get(locale.replace("-", "_").split("_")[0].lower(), WORDING["en"])


def discount_percent(price: int, compare_at: int | None) -> int | None:
    """Whole percent off, rounded down so the card never promises more than the price gives."""
    if compare_at is None or compare_at <= price or compare_at <= 0:
        return None
    percent = (compare_at - price) * 100 // compare_at
    return percent or None  # "-0%" sells nothing


def stock_badge(stock: int | None, wording: Wording) -> tuple[str | None, bool]:
    """(text, urgent): "Sold out" and low counts are urgent; plenty or untracked stock shows nothing."""
    if stock is None or stock > LOW_STOCK:
        return None, False
    if stock == 0:
        return wording.sold_out, True
    return wording.only_left.format(count=stock), True


def product_card_view(product: Product, locale: str, price: int | None = None) -> ProductCardView:
    """The card for `product`; `price` overrides the catalog price (a flash sale)."""
    wording = wording_for(locale)
    selling_price = product.price if price is None else price
    was = product.compare_at_price if price is None else max(product.price, product.compare_at_price or 0)
    percent = discount_percent(selling_price, was)
    stock_text, urgent = stock_badge(product.total_stock, wording)
    return ProductCardView(
        title=product.title,
        price_text=format_money(selling_price, product.currency, locale),
        comment_text=wording.comment.format(code=product.code),
        compare_at_text=format_money(was, product.currency, locale) if percent else None,
        discount_text=f"-{percent}%" if percent else None,
        stock_text=stock_text,
        stock_urgent=urgent,
        checkout_url=product.checkout_url,
        image_path=product.image,
        qr_caption=wording.scan_to_buy,
    )


def ticker_items(products: list[Product], locale: str) -> list[TickerItem]:
    return [
        TickerItem(product.title, format_money(product.price, product.currency, locale), product.code)
        for product in products
        if product.status == "active"
    ]
