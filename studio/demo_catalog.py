"""The demo catalog a new data dir starts with, so the studio is alive before any import."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from resources import resource_path
from studio.catalog import Product, Removal, Variant, count_products, delete_products, save_products, update_product
from studio.money import minor_digits, normalise_currency
from studio.settings import get_setting, set_setting, store_currency

log = logging.getLogger(__name__)

SEEDED_SETTING = "demo_catalog_loaded"
CHECKOUT_BASE = "https://shop.example.com/products/"


def ensure_demo_catalog(db: Database, images_dir: Path) -> bool:
    """Load the demo catalog once, into a store that has never had products. True if it did."""
    if get_setting(db, SEEDED_SETTING, "") or count_products(db):
        return False
    products = demo_products(images_dir, store_currency(db))
    save_products(db, products)
    set_setting(db, SEEDED_SETTING, "1")
    log.info("loaded the demo catalog: %d products", len(products))
    return True


def remove_demo_catalog(db: Database) -> Removal:
    """Deletes the demo's products (known by their SKUs) and nothing else; a demo product that
    orders point at is kept. The demo does not come back: the store remembers it was loaded."""
    skus = demo_skus()
    ids = [product_id for product_id, sku in db.execute("SELECT id, sku FROM products") if sku in skus]
    removal = delete_products(db, ids)
    log.info("removed the demo catalog: %d products, %d kept", len(removal.removed), len(removal.kept))
    return removal


def demo_skus() -> set[str]:
    return {item["sku"] for item in _demo_data()["products"]}


def _demo_data() -> dict:
    data: dict = json.loads(resource_path("demo", "catalog.json").read_text(encoding="utf-8"))
    return data


def demo_products(images_dir: Path, currency: str | None = None) -> list[Product]:
    """The demo products, their pictures copied into `images_dir` so they outlive an upgrade;
    priced in `currency` (the store's) when given, else in the demo's own."""
    data = _demo_data()
    images_dir.mkdir(parents=True, exist_ok=True)
    products = [_product(item, data["currency"], images_dir) for item in data["products"]]
    return [_priced(product, currency) for product in products] if currency else products


def price_demo_catalog(db: Database, currency: str) -> int:
    """Prices the demo's products still in the store in `currency` (the one the shop chose), so a
    show's revenue is never in two currencies by accident. Returns how many were repriced."""
    currency = normalise_currency(currency)
    skus = demo_skus()
    ids = [product_id for product_id, sku, current in db.execute("SELECT id, sku, currency FROM products")
           if sku in skus and current != currency]
    for product_id in ids:
        update_product(db, product_id, lambda product: _priced(product, currency))
    log.info("priced %d demo products in %s", len(ids), currency)
    return len(ids)


def _priced(product: Product, currency: str) -> Product:
    """The product in `currency`: its amounts scaled from the demo's currency by a round figure
    (a $59 dress is ¥8,850, not ¥59) and to the new currency's decimal places."""
    if product.currency == currency:
        return product
    scale = _demo_data().get("price_scale", {})
    factor = scale.get(currency, 1) / scale.get(product.currency, 1)
    shift = minor_digits(currency) - minor_digits(product.currency)

    def convert(minor: int | None) -> int | None:
        return None if minor is None else round(minor * factor * 10 ** shift)

    return replace(product, currency=currency, price=convert(product.price) or 0,
                   compare_at_price=convert(product.compare_at_price),
                   variants=tuple(replace(variant, price=convert(variant.price) or 0,
                                          compare_at_price=convert(variant.compare_at_price))
                                  for variant in product.variants))


def _product(item: dict, currency: str, images_dir: Path) -> Product:
    image = images_dir / item["image"]
    shutil.copyfile(resource_path("demo", "images", item["image"]), image)
    return Product(
        sku=item["sku"],
        title=item["title"],
        description=item["description"],
        price=item["price"],
        compare_at_price=item.get("compare_at_price"),
        currency=currency,
        stock=item.get("stock"),
        image=str(image),
        checkout_url=CHECKOUT_BASE + item["sku"].lower(),
        code=item["code"],
        option_names=tuple(item.get("option_names", ())),
        variants=tuple(
            Variant(
                sku=variant["sku"],
                option_values=tuple(variant["option_values"]),
                price=variant["price"],
                stock=variant.get("stock"),
            )
            for variant in item.get("variants", ())
        ),
    )
