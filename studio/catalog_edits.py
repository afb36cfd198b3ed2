"""Edits made to the catalog by hand (the window's product list and its product dialog): a
price or a stock typed into a row, a product added or changed. Each is checked first, with a
message that names the field, and written through the catalog's one way of writing products
in one write transaction. Stock raised by hand moves the waitlist forward, as a restock does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from studio.catalog import (
    Product,
    Variant,
    find_by_code,
    find_by_id,
    next_free_code,
    save_products,
    update_product,
)
from studio.commerce.orders import restock
from studio.plain_text import clean_line
from studio.short_codes import is_valid_code, normalise_code
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

log = logging.getLogger(__name__)


class CatalogEditError(Refusal):
    """An edit the catalog refuses: the message names the field and says why."""


@dataclass(frozen=True)
class Item:
    """One row of the product list: a product, or one of its variants by sku."""

    product_id: int
    variant_sku: str | None = None


def set_price(db: Database, item: Item, price: int) -> Product:
    if price < 0:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "price: a price cannot be negative"))
    return _changed(db, item, lambda product: _with_item(product, item, price=price))


def set_stock(db: Database, item: Item, stock: int) -> Product:
    """Sets the units left; more than before moves the waitlist forward into orders."""
    if stock < 0:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "stock: the stock cannot go below zero"))
    with transaction(db):
        product = _product(db, item)
        if item.variant_sku is None and product.variants:
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "stock: a product with variants has the stock of its variants: edit a variant"))
        current = _item_stock(product, item)
        if current is not None and stock > current:
            restock(db, item.product_id, _variant_id(db, item), stock - current)
            return _product(db, item)
        return _changed(db, item, lambda product: _with_item(product, item, stock=stock))


def save_edited_product(db: Database, product: Product) -> Product:
    """Adds `product` (id None) or replaces the product with its id, variants included; a blank
    code gets the next free one. Returns the product as stored."""
    with transaction(db):
        checked = _checked(db, product)
        _check_removed_variants(db, checked)
        if checked.id is None:
            save_products(db, [checked])
        else:
            update_product(db, checked.id, lambda _stored: checked)
        saved = find_by_code(db, checked.code)
    assert saved is not None
    log.info("product %s saved by hand", saved.code)
    return saved


def _changed(db: Database, item: Item, change: Callable[[Product], Product]) -> Product:
    changed = update_product(db, item.product_id, change)
    if changed is None:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "the product is gone: someone deleted it"))
    return changed


def _product(db: Database, item: Item) -> Product:
    product = find_by_id(db, item.product_id)
    if product is None:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "the product is gone: someone deleted it"))
    return product


def _with_item(product: Product, item: Item, **fields: Any) -> Product:
    if item.variant_sku is None:
        return replace(product, **fields)
    if not any(variant.sku == item.variant_sku for variant in product.variants):
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "the variant %1 is gone"), item.variant_sku)
    return replace(product, variants=tuple(
        replace(variant, **fields) if variant.sku == item.variant_sku else variant for variant in product.variants))


def _item_stock(product: Product, item: Item) -> int | None:
    if item.variant_sku is None:
        return product.stock
    for variant in product.variants:
        if variant.sku == item.variant_sku:
            return variant.stock
    raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "the variant %1 is gone"), item.variant_sku)


def _variant_id(db: Database, item: Item) -> int | None:
    if item.variant_sku is None:
        return None
    return int(db.execute("SELECT id FROM variants WHERE sku = ?", (item.variant_sku,)).fetchone()[0])


def _checked(db: Database, product: Product) -> Product:
    title, sku = clean_line(product.title), clean_line(product.sku)
    if not title:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "title: a product needs a title"))
    if not sku:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "SKU: a product needs a SKU"))
    stored = find_by_id(db, product.id) if product.id is not None else None
    if product.id is not None and stored is None:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "the product is gone: someone deleted it"))
    if stored is not None and stored.sku != sku:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "SKU: a product's SKU stays %1"), stored.sku)
    owner = db.execute("SELECT id FROM products WHERE sku = ?", (sku,)).fetchone()
    if stored is None and owner is not None:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "SKU: another product has the SKU %1 already"), sku)
    code = _code(db, product.code, product.id)
    variants = _checked_variants(db, product, sku)
    return replace(product, title=title, sku=sku, code=code, variants=variants,
                   stock=None if variants else product.stock)


def _code(db: Database, typed: str, product_id: int | None) -> str:
    code = normalise_code(typed)
    if not code:
        return next_free_code(db)
    if not is_valid_code(code):
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "code: '%1' is not a code: letters and digits, at most 12"), typed)
    owner = db.execute("SELECT id FROM products WHERE code = ? COLLATE NOCASE", (code,)).fetchone()
    if owner is not None and owner[0] != product_id:
        raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "code: another product has the code %1 already"), code)
    return code


def _checked_variants(db: Database, product: Product, sku: str) -> tuple[Variant, ...]:
    seen: set[str] = set()
    variants = []
    for position, variant in enumerate(product.variants, start=1):
        variant_sku = clean_line(variant.sku) or f"{sku}-{position}"
        if variant_sku in seen:
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "variant %1, SKU: %2 is on another variant too"), position, variant_sku)
        seen.add(variant_sku)
        if not any(clean_line(value) for value in variant.option_values):
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "variant %1: give its option, e.g. M / Blue"), position)
        if variant.stock is not None and variant.stock < 0:
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "variant %1, stock: the stock cannot go below zero"), position)
        owner = db.execute("SELECT products.sku FROM variants JOIN products ON products.id = variants.product_id "
                           "WHERE variants.sku = ?", (variant_sku,)).fetchone()
        if owner is not None and owner[0] != sku:
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "variant %1, SKU: %2 is a variant of %3 already"), position, variant_sku, owner[0])
        variants.append(replace(variant, sku=variant_sku,
                                option_values=tuple(clean_line(value) for value in variant.option_values)))
    return tuple(variants)


def _check_removed_variants(db: Database, product: Product) -> None:
    """A variant that orders or a waitlist point at cannot go (the orders keep what was sold)."""
    if product.id is None:
        return
    kept = {variant.sku for variant in product.variants}
    for (variant_sku,) in db.execute(
            "SELECT sku FROM variants WHERE product_id = ? AND (id IN (SELECT variant_id FROM orders) "
            "OR id IN (SELECT variant_id FROM waitlist)) ORDER BY position", (product.id,)).fetchall():
        if variant_sku not in kept:
            raise CatalogEditError(QT_TRANSLATE_NOOP("Refusals", "variants: %1 has orders, so it cannot be removed"), variant_sku)
