"""Flash sale…: a sale price and how many minutes it lasts, for one product. The price is
checked as `vitrina flash-sale` checks it (a price, below the product's); what is wrong is said
under the field and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget

from studio.catalog import Product
from studio.commerce.flash_sales import FlashSaleError, sale_price
from studio.money import format_money
from studio.placeholders import fill
from ui.refusals import reason_text

DEFAULT_MINUTES = 5.0
LONGEST_MINUTES = 24 * 60


class FlashSaleDialog(QDialog):
    def __init__(self, product: Product, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product, self.show_locale = product, locale
        self.price: int | None = None
        self.setWindowTitle(self.tr("Flash sale"))
        heading = QLabel(fill(self.tr("%1 %2, now %3"), product.code, product.title,
                              format_money(product.price, product.currency, locale)))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.price_field = QLineEdit(placeholderText=self.tr("Sale price, e.g. 19.99"))
        self.minutes_field = QDoubleSpinBox(decimals=1, minimum=0.5, maximum=LONGEST_MINUTES, value=DEFAULT_MINUTES)
        self.minutes_field.setSuffix(self.tr(" min"))
        self.problem = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem.setStyleSheet("color: #c0392b")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start sale"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(self.tr("Price"), self.price_field)
        form.addRow("", self.problem)
        form.addRow(self.tr("Lasts"), self.minutes_field)
        form.addRow(buttons)

    @property
    def minutes(self) -> float:
        return self.minutes_field.value()

    def _check(self) -> None:
        try:
            self.price = sale_price(self.product, self.price_field.text(), self.show_locale)
        except FlashSaleError as error:
            self.problem.setText(reason_text(error))
            return
        self.accept()
