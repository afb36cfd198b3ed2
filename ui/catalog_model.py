"""The product list as a Qt table model: picture, code, title, price, stock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QImage

from studio.catalog import Product
from studio.money import format_money
from ui.catalog_loader import CatalogSnapshot

ModelIndex = QModelIndex | QPersistentModelIndex
HEADERS = ("", "Code", "Product", "Price", "Stock")
IMAGE, CODE, TITLE, PRICE, STOCK = range(len(HEADERS))
LOW_STOCK = 5
SOLD_OUT_COLOUR = QColor("#d64545")
LOW_STOCK_COLOUR = QColor("#d68a1f")


def stock_text(product: Product) -> str:
    stock = product.total_stock
    if stock is None:
        return "∞"
    return "Sold out" if stock == 0 else str(stock)


class CatalogModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._products: list[Product] = []
        self._thumbnails: dict[str, QImage] = {}
        self._locale = "en_US"

    def show(self, snapshot: CatalogSnapshot) -> None:
        self.beginResetModel()
        self._products = snapshot.products
        self._thumbnails = snapshot.thumbnails
        self._locale = snapshot.locale
        self.endResetModel()

    def product(self, row: int) -> Product:
        return self._products[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        product = self._products[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, column)
        if role == Qt.ItemDataRole.DecorationRole and column == IMAGE:
            return self._thumbnails.get(product.sku)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STOCK:
            return self._stock_colour(product)
        return None

    def _text(self, product: Product, column: int) -> str | None:
        if column == CODE:
            return product.code
        if column == TITLE:
            variants = f"  ·  {len(product.variants)} variants" if product.variants else ""
            return product.title + variants
        if column == PRICE:
            return format_money(product.price, product.currency, self._locale)
        if column == STOCK:
            return stock_text(product)
        return None

    @staticmethod
    def _stock_colour(product: Product) -> QColor | None:
        stock = product.total_stock
        if stock is None or stock > LOW_STOCK:
            return None
        return SOLD_OUT_COLOUR if stock == 0 else LOW_STOCK_COLOUR
