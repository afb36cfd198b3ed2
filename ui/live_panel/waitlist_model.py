"""Who waits for what, in the order they will be served."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from studio.commerce.waiting_list import WaitLine
from ui.live_panel.lines_model import LinesModel
from ui.live_panel.purchase_cells import BUYER, PRODUCT, QUANTITY, VARIANT, purchase_text

PLACE, SINCE = 0, 5  # between them: the purchase's cells
__all__ = ["BUYER", "PLACE", "PRODUCT", "QUANTITY", "SINCE", "VARIANT", "WaitlistModel"]


class WaitlistModel(LinesModel):
    def headers(self) -> tuple[str, ...]:
        return self.tr("#"), self.tr("Buyer"), self.tr("Product"), self.tr("Variant"), self.tr("Qty"), self.tr("Since")

    def value(self, row: int, column: int, role: int) -> Any:
        if column == PLACE and role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)  # the place in the queue
        return super().value(row, column, role)

    def text(self, line: WaitLine, column: int) -> str:
        purchase = purchase_text(line, column)
        if purchase is not None:
            return purchase
        return datetime.fromtimestamp(line.created_at).strftime("%H:%M:%S")

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (PLACE, QUANTITY) else None
