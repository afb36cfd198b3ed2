"""The product list as a tree model: a row per product, and under a product with variants a
row per variant with its own price and stock. Sold-out rows are greyed, the pinned product is
marked. Edits are not applied here: `edit_requested` asks the dock to write them, and the
list changes when the store has them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from studio.catalog import Product, Variant
from studio.catalog_edits import Item
from studio.money import format_money
from studio.overlay_views import LOW_STOCK
from ui.products.catalog_snapshot import CatalogSnapshot

ModelIndex = QModelIndex | QPersistentModelIndex
PICTURE, CODE, TITLE, PRICE, STOCK = range(5)
COLUMNS = 5
SOLD_OUT_INK = QColor("#8c8c8c")
LOW_STOCK_INK = QColor("#c77700")
PINNED_FILL = QColor(255, 196, 0, 60)
PRODUCT_ROW = 0  # internal id of a product row; a variant row's is its product's row + 1
PinnedRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2  # the row's studio.catalog_edits.Item
CurrencyRole = Qt.ItemDataRole.UserRole + 3


class ProductsModel(QAbstractItemModel):
    edit_requested = Signal(object, int, int)  # Item, column (PRICE or STOCK), the value typed

    def __init__(self) -> None:
        super().__init__()
        self._products: list[Product] = []
        self._snapshot = CatalogSnapshot([], {}, "en_US", "")

    def show(self, snapshot: CatalogSnapshot) -> None:
        """The list as `snapshot` has it: changed in place, row by row, when it has the same rows
        (an order moved the stock; an edit), laid out again otherwise."""
        if not self.same_rows(snapshot):
            self.beginResetModel()
            self._snapshot, self._products = snapshot, snapshot.products
            self.endResetModel()
            return
        old, self._snapshot, self._products = self._snapshot, snapshot, snapshot.products
        every_row = (old.pinned_id, old.locale) != (snapshot.pinned_id, snapshot.locale)
        for row, (before, after) in enumerate(zip(old.products, snapshot.products, strict=True)):
            if every_row or before != after or old.thumbnails.get(after.id or 0) is not snapshot.thumbnails.get(after.id or 0):
                self._row_changed(row, len(after.variants))

    def same_rows(self, snapshot: CatalogSnapshot) -> bool:
        """`snapshot` lists the same products, in the same order, with as many variants each."""
        return [(product.id, len(product.variants)) for product in self._products] == \
            [(product.id, len(product.variants)) for product in snapshot.products]

    def _row_changed(self, row: int, variants: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if variants:
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(0, 0, parent), self.index(variants - 1, COLUMNS - 1, parent))

    @property
    def locale(self) -> str:
        return self._snapshot.locale

    @property
    def pinned_id(self) -> int | None:
        return self._snapshot.pinned_id

    def products(self) -> list[Product]:
        return list(self._products)

    def product_at(self, index: ModelIndex) -> Product | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PRODUCT_ROW else index.internalId() - 1
        return self._products[row]

    def row_of(self, product_id: int | None) -> QModelIndex:
        for row, product in enumerate(self._products):
            if product.id == product_id:
                return self.index(row, 0)
        return QModelIndex()

    # The tree

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, PRODUCT_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == PRODUCT_ROW:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, PRODUCT_ROW)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._products)
        if parent.internalId() == PRODUCT_ROW and parent.column() == 0:
            return len(self._products[parent.row()].variants)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", self.tr("Code"), self.tr("Product"), self.tr("Price"), self.tr("Stock"))[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, index: ModelIndex) -> bool:
        product, variant = self._row(index)
        if product is None or index.column() not in (PRICE, STOCK):
            return False
        return index.column() == PRICE or variant is not None or not product.variants

    def _row(self, index: ModelIndex) -> tuple[Product | None, Variant | None]:
        product = self.product_at(index)
        if product is None or index.internalId() == PRODUCT_ROW:
            return product, None
        return product, product.variants[index.row()]

    # What a cell shows

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        product, variant = self._row(index)
        if product is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, variant, column)
        if role == Qt.ItemDataRole.EditRole:  # the price in minor units, the stock (None: untracked)
            return self._raw(product, variant, column)
        if role == Qt.ItemDataRole.DecorationRole and column == PICTURE and variant is None:
            return self._snapshot.thumbnails.get(product.id) if product.id is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._ink(product, variant, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._marks(product, variant, role)

    def _marks(self, product: Product, variant: Variant | None, role: int) -> Any:
        pinned = variant is None and product.id is not None and product.id == self._snapshot.pinned_id
        if role == PinnedRole:
            return pinned
        if role == Qt.ItemDataRole.FontRole and pinned:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.BackgroundRole and pinned:
            return PINNED_FILL
        if role == Qt.ItemDataRole.ToolTipRole and pinned:
            return self.tr("On stream now")
        if role == ItemRole and product.id is not None:
            return Item(product.id, variant.sku if variant is not None else None)
        if role == CurrencyRole:
            return product.currency
        return None

    def _text(self, product: Product, variant: Variant | None, column: int) -> str | None:
        if column == CODE:
            return product.code if variant is None else None
        if column == TITLE:
            if variant is not None:
                return variant.title
            return product.title + (self.tr("  ·  %n variants", "", len(product.variants)) if product.variants else "")
        if column == PRICE:
            return format_money(variant.price if variant else product.price, product.currency, self.locale)
        if column == STOCK:
            return stock_text(variant.stock if variant else product.total_stock)
        return None

    @staticmethod
    def _raw(product: Product, variant: Variant | None, column: int) -> int | None:
        if column == PRICE:
            return variant.price if variant else product.price
        if column == STOCK:
            return variant.stock if variant else product.total_stock
        return None

    @staticmethod
    def _ink(product: Product, variant: Variant | None, column: int) -> QColor | None:
        stock = variant.stock if variant is not None else product.total_stock
        if stock == 0:
            return SOLD_OUT_INK  # the whole row: a sold-out variant its own, a product sold out in every variant all of it
        if column == STOCK and stock is not None and stock <= LOW_STOCK:
            return LOW_STOCK_INK
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Asks for the edit; the row keeps its old value until the store has the new one."""
        item = index.data(ItemRole)
        if role != Qt.ItemDataRole.EditRole or not self._editable(index) or item is None:
            return False
        self.edit_requested.emit(item, index.column(), int(value))
        return True


def stock_text(stock: int | None) -> str:
    if stock is None:
        return QCoreApplication.translate("ProductsModel", "untracked")
    return QCoreApplication.translate("ProductsModel", "Sold out") if stock == 0 else str(stock)
