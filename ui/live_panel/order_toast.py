"""A small note in the corner of the table shown when an order arrives (over its rows, clear of
the buttons under it); it goes by itself. Orders in quick succession make one note ("3 new
orders"), not a pile of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from studio.commerce.order_list import OrderLine
from studio.money import format_money
from studio.placeholders import fill

SHOWN_MS = 4000
MARGIN = 12


class OrderToast(QFrame):
    def __init__(self, parent: QWidget, area: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent)
        self._area = area or parent.rect  # where it stands, in the parent's coordinates
        self.setObjectName("order-toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.label.setMaximumWidth(360)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.count = 0
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self._done)
        self.hide()

    def announce(self, orders: list[OrderLine], locale: str) -> None:
        """Says these orders arrived; while the note is up, more orders join it."""
        self.count += len(orders)
        if self.count == 1:
            self.label.setText(self._one(orders[0], locale))
        else:
            self.label.setText(self.tr("%n new orders", "", self.count))
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()
        self._timer.start()

    def place(self) -> None:
        """In its area's bottom-right corner."""
        area = self._area()
        self.move(max(area.left(), area.right() + 1 - self.width() - MARGIN),
                  max(area.top(), area.bottom() + 1 - self.height() - MARGIN))

    def _one(self, order: OrderLine, locale: str) -> str:
        variant = f" ({' / '.join(order.variant)})" if order.variant else ""
        item = f"{order.code} · {order.title}{variant} × {order.quantity}"
        price = format_money(order.total, order.currency, locale)
        return fill(self.tr("New order from %1: %2, %3"), order.buyer_name, item, price)

    def _done(self) -> None:
        self.count = 0
        self.hide()
