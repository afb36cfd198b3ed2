"""Editing a price or a stock in place. A price is typed as the shop writes it ("24.50",
"24,50") and read by studio.money: what is not a price is refused with the reason and the old
value stays. A stock is a whole number from zero up: it cannot go below zero."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studio.money import MoneyError, minor_digits, parse_price
from ui.products.products_model import CurrencyRole
from ui.refusals import reason_text

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_STOCK = 1_000_000


def price_input(minor: int, currency: str) -> str:
    """The amount as it is typed back: "24.50", "1500" (no symbol, no grouping)."""
    return str(Decimal(minor).scaleb(-minor_digits(currency)))


class PriceDelegate(QStyledItemDelegate):
    refused = Signal(object, str, str)  # the cell's index, what was typed, why it is no price

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("price-editor")
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(price_input(index.data(Qt.ItemDataRole.EditRole), index.data(CurrencyRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        typed = editor.text()
        try:
            price = parse_price(typed, index.data(CurrencyRole))
        except MoneyError as error:
            self.refused.emit(QPersistentModelIndex(index), typed, reason_text(error))
            return
        model.setData(index, price)


class StockDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("stock-editor")
        editor.setRange(0, MAX_STOCK)  # stock never below zero
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(index.data(Qt.ItemDataRole.EditRole) or 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value())
