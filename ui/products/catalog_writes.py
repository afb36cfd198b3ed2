"""The dock's writes, run on the catalog thread with its connection: each calls the studio
function that owns the rule and says in a sentence what happened (errors are its refusals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from studio.catalog import Product, delete_products
from studio.catalog_edits import Item, save_edited_product, set_price, set_stock
from studio.commerce.flash_sales import start_flash_sale
from studio.demo_catalog import remove_demo_catalog
from studio.money import format_money
from studio.placeholders import fill
from studio.settings import store_locale
from studio.shows import pin_product


class CatalogWrites:
    """The context of these sentences: lupdate reads `CatalogWrites.tr(...)` as it reads `self.tr` in a class."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("CatalogWrites", text, disambiguation, n)


def pin(db: Database, show_id: int, product: Product | None) -> str:
    pin_product(db, show_id, product.id if product else None)
    return CatalogWrites.tr("%1 is on stream").replace("%1", product.code) if product else CatalogWrites.tr("Nothing is pinned")


def price(db: Database, item: Item, minor: int) -> str:
    product = set_price(db, item, minor)
    return fill(CatalogWrites.tr("%1: the price is now %2"), product.code,
                format_money(minor, product.currency, store_locale(db)))


def stock(db: Database, item: Item, units: int) -> str:
    product = set_stock(db, item, units)
    return CatalogWrites.tr("%1: %n left", "", units).replace("%1", product.code)


def flash_sale(db: Database, product: Product, minor: int, minutes: float) -> str:
    assert product.id is not None
    start_flash_sale(db, product.id, minor, minutes)
    return fill(CatalogWrites.tr("%1 on sale at %2 for %3 min"), product.code,
                format_money(minor, product.currency, store_locale(db)), f"{minutes:g}")


def save(db: Database, product: Product) -> str:
    saved = save_edited_product(db, product)
    return fill(CatalogWrites.tr("%1 %2 saved"), saved.code, saved.title)


def delete(db: Database, product: Product) -> str:
    assert product.id is not None
    removal = delete_products(db, [product.id])
    if removal.kept:
        raise ValueError(CatalogWrites.tr("%1 has orders, so it stays in the catalog").replace("%1", product.code))
    return CatalogWrites.tr("%1 deleted").replace("%1", product.code)


def remove_demo(db: Database) -> str:
    removal = remove_demo_catalog(db)
    said = CatalogWrites.tr("Removed %n demo products", "", len(removal.removed))
    if removal.kept:
        said += CatalogWrites.tr("; kept %n that have orders", "", len(removal.kept))
    return said
