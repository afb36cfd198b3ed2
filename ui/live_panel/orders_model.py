"""The show's orders, newest first: order, buyer, product, variant, quantity, price, state."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.commerce.order_list import OrderLine
from studio.money import format_money
from ui.live_panel.lines_model import LinesModel
from ui.live_panel.purchase_cells import BUYER, PRODUCT, QUANTITY, VARIANT, purchase_text

ORDER, PRICE, STATE = 0, 5, 6  # between them: the purchase's cells
__all__ = ["BUYER", "ORDER", "PRICE", "PRODUCT", "QUANTITY", "STATE", "VARIANT", "OrdersModel"]


class OrdersModel(LinesModel):
    def __init__(self) -> None:
        super().__init__()
        self._state_names = {"reserved": self.tr("reserved"), "confirmed": self.tr("confirmed"), "paid": self.tr("paid"),
                             "shipped": self.tr("shipped"), "cancelled": self.tr("cancelled")}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Order"), self.tr("Buyer"), self.tr("Product"), self.tr("Variant"), self.tr("Qty"),
                self.tr("Price"), self.tr("State"))

    def place(self, line: OrderLine) -> int:
        return -line.id

    def text(self, line: OrderLine, column: int) -> str:
        if column == ORDER:
            return f"#{line.id}"
        purchase = purchase_text(line, column)
        if purchase is not None:
            return purchase
        if column == PRICE:
            return format_money(line.unit_price, line.currency, self.locale)
        return self.state_text(line.state)

    def state_text(self, state: str) -> str:
        return self._state_names.get(state, state)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (ORDER, QUANTITY, PRICE) else None
