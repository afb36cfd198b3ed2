"""Reading the dock's list as a user sees it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from ui.products.products_dock import ProductsDock
from ui.products.products_model import CODE


def column(dock: ProductsDock, index: int, parent: QModelIndex | None = None) -> list[str]:
    model, parent = dock.model, parent or QModelIndex()
    return [model.index(row, index, parent).data() for row in range(model.rowCount(parent))]


def row_of(dock: ProductsDock, code: str) -> int:
    return column(dock, CODE).index(code)


def cell(dock: ProductsDock, code: str, index: int) -> QModelIndex:
    return dock.model.index(row_of(dock, code), index)


def select(dock: ProductsDock, code: str) -> None:
    dock.tree.setCurrentIndex(cell(dock, code, CODE))
