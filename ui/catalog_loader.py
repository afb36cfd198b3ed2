"""Reads the catalog off the GUI thread and hands it over with a queued signal."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from overlays.shapes import load_picture
from studio.catalog import Product, list_products, search_products
from studio.settings import store_locale
from studio.storage import open_database

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = 48


@dataclass(frozen=True)
class CatalogSnapshot:
    products: list[Product]
    thumbnails: dict[str, QImage]  # by sku; products without a readable local image have none
    locale: str
    search: str


def read_catalog(database: Path, search: str) -> CatalogSnapshot:
    db = open_database(database)
    try:
        products = search_products(db, search) if search.strip() else list_products(db)
        locale = store_locale(db)
    finally:
        db.conn.close()
    thumbnails = {product.sku: image for product in products if (image := _thumbnail(product.image)) is not None}
    return CatalogSnapshot(products, thumbnails, locale, search)


def _thumbnail(path: str | None) -> QImage | None:
    image = load_picture(path)
    if image is None:
        return None
    return image.scaled(
        THUMBNAIL_SIZE, THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


class CatalogLoader(QObject):
    """`load(search)` reads on a worker thread; `loaded` fires on the GUI thread. Only the latest search counts."""

    loaded = Signal(object)  # CatalogSnapshot
    failed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._generation = 0
        self._threads: list[threading.Thread] = []

    def load(self, search: str = "") -> None:
        self._generation += 1
        generation = self._generation
        thread = threading.Thread(target=self._read, args=(search, generation), name="catalog-loader", daemon=True)
        self._threads = [alive for alive in self._threads if alive.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout: float = 5.0) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def _read(self, search: str, generation: int) -> None:
        try:
            snapshot = read_catalog(self._database, search)
        except Exception as error:  # a broken database must not take the window down
            log.exception("reading the catalog failed")
            self.failed.emit(str(error))
            return
        if generation == self._generation:
            self.loaded.emit(snapshot)
