"""Who waits for what, in the order they will be served."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from studio.commerce.waiting_list import WaitLine
from ui.live_panel.lines_model import LinesModel, ModelIndex

PLACE, BUYER, PRODUCT, VARIANT, QUANTITY, SINCE = range(6)


class WaitlistModel(LinesModel):
    def headers(self) -> tuple[str, ...]:
        return self.tr("#"), self.tr("Buyer"), self.tr("Product"), self.tr("Variant"), self.tr("Qty"), self.tr("Since")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == PLACE and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)  # the place in the queue
        return super().data(index, role)

    def text(self, line: WaitLine, column: int) -> str:
        if column == BUYER:
            return line.buyer_name
        if column == PRODUCT:
            return f"{line.code} · {line.title}"
        if column == VARIANT:
            return " / ".join(line.variant)
        if column == QUANTITY:
            return str(line.quantity)
        return datetime.fromtimestamp(line.created_at).strftime("%H:%M:%S")

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (PLACE, QUANTITY) else None
