"""What the product list shows, read on the catalog thread: the products matching a search,
their thumbnails, the store's locale and the product pinned in the show."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlite_utils import Database

from overlays.shapes import load_picture
from studio.catalog import Product, catalog_version, list_products, search_products
from studio.settings import store_currency, store_locale
from studio.shows import pinned_product_id

THUMBNAIL_SIZE = 40


@dataclass(frozen=True)
class CatalogSnapshot:
    products: list[Product]
    thumbnails: dict[int, QImage]  # by product id; none for a product without a readable local picture
    locale: str
    search: str
    pinned_id: int | None = None
    currency: str | None = None  # the shop's, for a product added by hand (None until the shop says)
    generation: int = 0  # which load asked for it: only the latest is shown
    fingerprint: tuple[int, ...] = field(default=(), compare=False)


def read_snapshot(db: Database, search: str, show_id: int | None, thumbnails: ThumbnailCache,
                  generation: int = 0) -> CatalogSnapshot:
    products = search_products(db, search) if search.strip() else list_products(db)
    pinned = pinned_product_id(db, show_id) if show_id is not None else None
    pictures = {product.id: image for product in products
                if product.id is not None and (image := thumbnails.get(product.image)) is not None}
    currency = store_currency(db) or (products[0].currency if products else None)
    return CatalogSnapshot(products, pictures, store_locale(db), search, pinned, currency, generation,
                           catalog_fingerprint(db, show_id))


def catalog_fingerprint(db: Database, show_id: int | None) -> tuple[int, ...]:
    """Moves when anything the list shows may have changed: the catalog's version (every save),
    the stock (orders take it without a save) and what is pinned."""
    stock = db.execute("SELECT (SELECT total(stock) FROM products) + (SELECT total(stock) FROM variants)").fetchone()[0]
    pinned = pinned_product_id(db, show_id) if show_id is not None else None
    return catalog_version(db), int(stock), -1 if pinned is None else pinned


class ThumbnailCache:
    """Thumbnails by file and modification time: a reload decodes only new or changed pictures."""

    def __init__(self) -> None:
        self._images: dict[tuple[str, int], QImage | None] = {}

    def get(self, path: str | None) -> QImage | None:
        version = _modified(path)
        if path is None or version is None:
            return None
        key = (path, version)
        if key not in self._images:
            self._images[key] = _thumbnail(path)
        return self._images[key]


def _modified(path: str | None) -> int | None:
    if not path or "://" in path:
        return None
    try:
        status = Path(path).stat()
    except (OSError, ValueError):  # a name no file system takes is a missing picture
        return None
    return status.st_mtime_ns if stat.S_ISREG(status.st_mode) else None


def _thumbnail(path: str) -> QImage | None:
    image = load_picture(path)
    if image is None:
        return None
    return image.scaled(THUMBNAIL_SIZE, THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                        Qt.TransformationMode.SmoothTransformation)
