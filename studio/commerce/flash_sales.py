"""Flash sales: a temporary price on a product for N minutes. The price is looked up by time,
so a sale ends on time by itself, even if nobody touches the app; an order keeps the price
it was placed at."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.catalog import Product
from studio.money import MoneyError, format_money, parse_price
from studio.storage import transaction
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP, Refusal


@dataclass(frozen=True)
class FlashSale:
    product_id: int
    price: int
    starts_at: float
    ends_at: float


class FlashSaleError(Refusal):
    pass


def sale_price(product: Product, typed: str, locale: str) -> int:
    """The sale price typed for `product`, in its currency; FlashSaleError says why it is no sale
    price (not a price, or not below the product's price)."""
    try:
        price = parse_price(typed, product.currency)
    except MoneyError as error:
        raise FlashSaleError(PASSED_ON, error) from error
    if price >= product.price:
        raise FlashSaleError(QT_TRANSLATE_NOOP("Refusals", "%1 is not below the price, %2"), typed, format_money(product.price, product.currency, locale))
    return price


def start_flash_sale(db: Database, product_id: int, price: int, minutes: float, at: float | None = None) -> FlashSale:
    if minutes <= 0 or minutes > 24 * 60:
        raise FlashSaleError(QT_TRANSLATE_NOOP("Refusals", "a flash sale lasts from a few seconds to a day, not %1 minutes"), f"{minutes:g}")
    if price < 0:
        raise FlashSaleError(QT_TRANSLATE_NOOP("Refusals", "a flash-sale price cannot be negative"))
    starts = time.time() if at is None else at
    sale = FlashSale(product_id, price, starts, starts + minutes * 60)
    with transaction(db):
        db.execute("UPDATE flash_sales SET ends_at = ? WHERE product_id = ? AND ends_at > ?", (starts, product_id, starts))
        db.execute("INSERT INTO flash_sales (product_id, price, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                   (product_id, price, sale.starts_at, sale.ends_at))
    return sale


def active_sale(db: Database, product_id: int, at: float | None = None) -> FlashSale | None:
    moment = time.time() if at is None else at
    row = db.execute(
        "SELECT price, starts_at, ends_at FROM flash_sales WHERE product_id = ? AND starts_at <= ? AND ends_at > ? "
        "ORDER BY id DESC LIMIT 1", (product_id, moment, moment)).fetchone()
    return FlashSale(product_id, *row) if row else None


def end_flash_sale(db: Database, product_id: int, at: float | None = None) -> bool:
    """Ends the product's running sale now; False when none was running."""
    moment = time.time() if at is None else at
    with transaction(db):
        cursor = db.execute("UPDATE flash_sales SET ends_at = max(?, starts_at + 0.001) WHERE product_id = ? "
                            "AND starts_at <= ? AND ends_at > ?", (moment, product_id, moment, moment))
        return cursor.rowcount > 0
