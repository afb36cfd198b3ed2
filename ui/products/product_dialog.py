"""Adding or editing a product and its variants. What can be read here (prices, stocks) is read
here; what needs the store (a SKU or code taken, a variant with orders) is checked by the
catalog thread, and a refusal is shown in the dialog, which stays open with what was typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.catalog import Product, Variant
from studio.money import MoneyError, parse_price
from ui.products.edit_delegates import MAX_STOCK, price_input
from ui.refusals import reason_text

OPTIONS, SKU, PRICE, STOCK = range(4)
UNTRACKED = -1
SEPARATOR = " / "


class EntryError(ValueError):
    """What was typed cannot be read: the message names the field."""


class ProductDialog(QDialog):
    submitted = Signal(object)  # Product, to be written by the catalog thread

    def __init__(self, currency: str, product: Product | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = product.currency if product else currency
        self.original = product
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("Add product"))
        self.title_field = QLineEdit()
        self.sku_field = QLineEdit(readOnly=product is not None)
        self.code_field = QLineEdit(placeholderText=self.tr("chosen for you when left blank"))
        self.price_field = QLineEdit(placeholderText=self.tr("e.g. 24.50"))
        self.compare_field = QLineEdit(placeholderText=self.tr("optional: the price before a discount"))
        self.stock_field = QSpinBox(minimum=UNTRACKED, maximum=MAX_STOCK, value=UNTRACKED)
        self.stock_field.setSpecialValueText(self.tr("untracked"))
        self.description_field = QPlainTextEdit()
        self.options_field = QLineEdit(placeholderText=self.tr("e.g. Size / Colour"))
        self.variants = self._variant_table()
        self.problem = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem.setStyleSheet("color: #c0392b")
        self._lay_out()
        if product is not None:
            self._fill(product)

    def _variant_table(self) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels([self.tr("Options"), self.tr("SKU"), self.tr("Price"), self.tr("Stock")])
        table.horizontalHeader().setSectionResizeMode(OPTIONS, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, field in ((self.tr("Title"), self.title_field), (self.tr("SKU"), self.sku_field),
                             (self.tr("Code"), self.code_field), (self.tr("Price"), self.price_field),
                             (self.tr("Compare at"), self.compare_field), (self.tr("Stock"), self.stock_field),
                             (self.tr("Description"), self.description_field),
                             (self.tr("Option names"), self.options_field)):
            form.addRow(label, field)
        add = QPushButton(self.tr("Add variant"))
        self.remove_variant_button = QPushButton(self.tr("Remove variant"))
        add.clicked.connect(lambda: self.add_variant(Variant("", (), 0)))
        self.remove_variant_button.clicked.connect(self._remove_variant)
        variant_buttons = QHBoxLayout()
        variant_buttons.addWidget(add)
        variant_buttons.addWidget(self.remove_variant_button)
        variant_buttons.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Variants (each with its own price and stock)")))
        layout.addWidget(self.variants)
        layout.addLayout(variant_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _fill(self, product: Product) -> None:
        self.title_field.setText(product.title)
        self.sku_field.setText(product.sku)
        self.code_field.setText(product.code)
        self.price_field.setText(price_input(product.price, product.currency))
        if product.compare_at_price is not None:
            self.compare_field.setText(price_input(product.compare_at_price, product.currency))
        self.stock_field.setValue(UNTRACKED if product.stock is None else product.stock)
        self.description_field.setPlainText(product.description)
        self.options_field.setText(SEPARATOR.join(product.option_names))
        for variant in product.variants:
            self.add_variant(variant)

    def add_variant(self, variant: Variant) -> None:
        row = self.variants.rowCount()
        self.variants.insertRow(row)
        price = price_input(variant.price, self.currency) if variant.sku else ""
        stock = "" if variant.stock is None else str(variant.stock)
        for column, text in ((OPTIONS, variant.title), (SKU, variant.sku), (PRICE, price), (STOCK, stock)):
            self.variants.setItem(row, column, QTableWidgetItem(text))

    def _remove_variant(self) -> None:
        row = self.variants.currentRow()
        if row >= 0:
            self.variants.removeRow(row)

    def show_refusal(self, reason: str) -> None:
        self.problem.setText(reason)

    def submit(self) -> None:
        try:
            product = self.entered()
        except EntryError as error:
            self.problem.setText(reason_text(error))
            return
        self.problem.clear()
        self.submitted.emit(product)

    def entered(self) -> Product:
        """The product as typed; EntryError names the first field that cannot be read."""
        price = self._price(self.tr("price"), self.price_field.text())
        compare = self.compare_field.text().strip()
        variants = tuple(self._variant(row, price) for row in range(self.variants.rowCount()))
        stock = self.stock_field.value()
        base = self.original or Product("", "", 0, self.currency, "")
        return replace(base, title=self.title_field.text(), sku=self.sku_field.text(), code=self.code_field.text(),
                       price=price, compare_at_price=self._price(self.tr("compare at"), compare) if compare else None,
                       stock=None if stock == UNTRACKED else stock, description=self.description_field.toPlainText(),
                       option_names=_split(self.options_field.text()), variants=variants)

    def _variant(self, row: int, product_price: int) -> Variant:
        def cell(column: int) -> str:
            item = self.variants.item(row, column)
            return item.text().strip() if item is not None else ""

        where = self.tr("variant %1").replace("%1", str(row + 1))
        price_field, stock_field = self.tr("price"), self.tr("stock")  # lupdate misses a tr() inside an f-string
        price = self._price(f"{where}, {price_field}", cell(PRICE)) if cell(PRICE) else product_price
        stock_text = cell(STOCK)
        if stock_text and not (stock_text.isascii() and stock_text.isdigit()):
            raise EntryError(f"{where}, {stock_field}: " +
                             self.tr("'%1' is not a whole number from 0 up").replace("%1", stock_text))
        sku = cell(SKU)
        before = next((variant for variant in self.original.variants if variant.sku == sku), None) \
            if self.original and sku else None
        return Variant(sku, _split(cell(OPTIONS)), price, before.compare_at_price if before else None,
                       int(stock_text) if stock_text else None)

    def _price(self, field: str, typed: str) -> int:
        try:
            return parse_price(typed, self.currency)
        except MoneyError as error:
            raise EntryError(f"{field}: {reason_text(error)}") from error


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("/") if part.strip())
