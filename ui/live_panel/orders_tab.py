"""The Orders tab: the show's orders, newest first, what they add up to, and the selected one
moved on: confirmed, marked paid, or cancelled (its stock returns, the waitlist moves); its cart
opens beside the panel ("Cart…" or a double-click)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.commerce.orders import NEXT_STATES, change_state
from studio.commerce.reports import Sales
from studio.money import format_totals
from studio.placeholders import fill
from ui.live_panel.cart_view import CartView
from ui.live_panel.orders_model import BUYER, PRODUCT, OrdersModel
from ui.live_panel.store_reader import Request
from ui.live_panel.tables import make_table, selected_row
from ui.store_jobs import StoreJobs


class OrdersTab(QWidget):
    def __init__(self, model: OrdersModel, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._request = request
        self.table = make_table(model, PRODUCT, self)
        self.table.setColumnWidth(BUYER, 120)
        self.sales = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.confirm = QPushButton(self.tr("Confirm"), self)
        self.pay = QPushButton(self.tr("Mark paid"), self)
        self.cancel = QPushButton(self.tr("Cancel order"), self)
        self.open_cart = QPushButton(self.tr("Cart…"), self)
        self.open_cart.clicked.connect(self.show_cart)
        self.table.doubleClicked.connect(lambda _index: self.show_cart())
        self.cart_jobs = StoreJobs("cart-view", self)  # the panel points it at the show's store
        self.cart_view: CartView | None = None
        self._moves = ((self.confirm, "confirmed"), (self.pay, "paid"), (self.cancel, "cancelled"))
        buttons = QHBoxLayout()
        for button, state in self._moves:
            button.clicked.connect(lambda _=False, state=state: self._move(state))
            buttons.addWidget(button)
        buttons.addWidget(self.open_cart)
        buttons.addStretch()
        buttons.addWidget(self.sales)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        for change in (model.modelReset, model.rowsRemoved, model.rowsInserted, model.dataChanged):
            change.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.show_sales(Sales(0, {}))

    def show_sales(self, sales: Sales) -> None:
        money = format_totals(sales.revenue, self.model.locale, " + ", nothing="")
        orders = self.tr("%n orders", "", sales.orders)
        self.sales.setText(f"{orders} · {money}" if money else orders)

    def _move(self, state: str) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        order_id = self.model.line(row).id
        self._request(fill(self.tr("Order %1"), str(order_id)), lambda db: change_state(db, order_id, state))

    def show_cart(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        if self.cart_view is None:
            self.cart_view = CartView(self.cart_jobs, self)
        self.cart_view.show_order(self.model.line(row).id, self.model.locale)
        self.cart_view.show()
        self.cart_view.raise_()

    def _enable(self) -> None:
        row = selected_row(self.table)
        current = self.model.line(row).state if row is not None else None
        self.open_cart.setEnabled(row is not None)
        for button, state in self._moves:
            button.setEnabled(current is not None and state in NEXT_STATES[current])
