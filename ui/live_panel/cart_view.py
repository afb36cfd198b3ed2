"""The selected order's cart, in a window beside the panel: who it is for, what is in it, what it
adds up to, where its payment stands and when its hold ends; its Pix code as a QR a phone
scans (and as text to copy), its payment links to copy; and the cart marked paid or cancelled.

Everything it reads or writes runs off the GUI thread, on the Orders tab's store jobs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlite_utils import Database

from overlays.qr_code import qr_image
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import Cart, CartError, PaymentState, cancel_cart, cart_of_order, pay_cart
from studio.commerce.payment_options import PaymentOptions, payment_options
from studio.money import format_money
from studio.placeholders import fill
from ui.store_jobs import Job, StoreJobs, failure_text

QR_PIXELS = 240  # at least this many a side: a phone held at arm's length reads it off a laptop screen


@dataclass(frozen=True)
class CartSheet:
    cart: Cart
    options: PaymentOptions


def sheet_for(db: Database, cart: Cart) -> CartSheet:
    return CartSheet(cart, payment_options(load_cart_settings(db), cart))


def sheet_of_order(db: Database, order_id: int) -> CartSheet | None:
    cart = cart_of_order(db, order_id)
    return sheet_for(db, cart) if cart is not None else None


def _plain(parent: QWidget) -> QLabel:
    label = QLabel(parent, textFormat=Qt.TextFormat.PlainText, wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _copy_row(parent: QWidget, text: str, button_text: str) -> tuple[QWidget, QLineEdit, QPushButton]:
    row = QWidget(parent)
    field = QLineEdit(text, row, readOnly=True)
    field.setCursorPosition(0)
    copy = QPushButton(button_text, row)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(field.text()))
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(copy)
    return row, field, copy


class CartView(QDialog):
    def __init__(self, jobs: StoreJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cart"))
        self._jobs = jobs
        self._locale = ""
        self.sheet: CartSheet | None = None
        self._payment_names = {
            PaymentState.UNPAID: self.tr("not paid"), PaymentState.PAID: self.tr("paid"),
            PaymentState.SHIPPED: self.tr("shipped"), PaymentState.CANCELLED: self.tr("cancelled"),
            PaymentState.WAITING: self.tr("waiting list only")}
        self.code, self.buyer, self.items = _plain(self), _plain(self), _plain(self)
        self.items_total, self.discount, self.shipping, self.grand = (_plain(self) for _ in range(4))
        self.payment, self.hold = _plain(self), _plain(self)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pix_row, self.pix_text, self.copy_pix = _copy_row(self, "", self.tr("Copy Pix code"))
        self._pix_row = pix_row
        self.links: list[QLineEdit] = []
        self._links_box = QVBoxLayout()
        self.mark_paid = QPushButton(self.tr("Mark paid"), self)
        self.cancel_cart = QPushButton(self.tr("Cancel cart"), self)
        self.mark_paid.clicked.connect(self._pay)
        self.cancel_cart.clicked.connect(self._cancel)
        self.problem = _plain(self)
        self.problem.setStyleSheet("color: #d64545")
        self._lay_out()
        self._show(None)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for name, label in ((self.tr("Cart"), self.code), (self.tr("Buyer"), self.buyer), (self.tr("Items"), self.items),
                            (self.tr("Items total"), self.items_total), (self.tr("Discount"), self.discount),
                            (self.tr("Shipping"), self.shipping), (self.tr("Total"), self.grand),
                            (self.tr("Payment"), self.payment), (self.tr("Hold"), self.hold)):
            form.addRow(name, label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.mark_paid)
        buttons.addWidget(self.cancel_cart)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.qr)
        layout.addWidget(self._pix_row)
        layout.addLayout(self._links_box)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def show_order(self, order_id: int, locale: str) -> None:
        """Reads the order's cart (off the GUI thread) and shows it when it is in."""
        self._locale = locale
        self.problem.clear()
        self._jobs.run(lambda db: sheet_of_order(db, order_id), self._read, self._failed)

    def _read(self, sheet: CartSheet | None) -> None:
        self._show(sheet)
        if sheet is None:
            self.problem.setText(self.tr("This order is in no cart."))

    def _pay(self) -> None:
        if self.sheet is not None:
            code = self.sheet.cart.code
            self._write(lambda db: sheet_for(db, pay_cart(db, code)))

    def _cancel(self) -> None:
        if self.sheet is None:
            return
        code = self.sheet.cart.code
        asked = QMessageBox.question(
            self, self.tr("Cancel cart"),
            fill(self.tr("Cancel everything in cart %1? Its stock returns and the waiting list moves."), code))
        if asked == QMessageBox.StandardButton.Yes:
            self._write(lambda db: sheet_for(db, cancel_cart(db, code)))

    def _write(self, job: Job) -> None:
        self.problem.clear()
        self.mark_paid.setEnabled(False)
        self.cancel_cart.setEnabled(False)
        self._jobs.run(job, self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        self.problem.setText(failure_text(error, CartError))
        self._enable()

    def _show(self, sheet: CartSheet | None) -> None:
        self.sheet = sheet
        if sheet is None:
            for label in (self.code, self.buyer, self.items, self.items_total, self.discount, self.shipping,
                          self.grand, self.payment, self.hold):
                label.clear()
        else:
            self._show_cart(sheet.cart)
        self._show_pix(sheet.options.pix_code if sheet is not None else None)
        self._show_links(sheet.options.links if sheet is not None else ())
        self._enable()

    def _show_cart(self, cart: Cart) -> None:
        totals = cart.totals

        def money(minor: int) -> str:
            return format_money(minor, totals.currency, self._locale)

        self.code.setText(cart.code)
        self.buyer.setText(cart.buyer.name)
        self.items.setText("\n".join(
            f"{item.quantity} × {item.code} · {item.title}"
            + (f" ({' / '.join(item.variant)})" if item.variant else "") + f" — {money(item.total)}"
            + ("" if item.live else f" · {self._payment_names[PaymentState.CANCELLED]}")
            for item in cart.items))
        self.items_total.setText(money(totals.items))
        off = f"−{money(totals.discount)}" if totals.discount else money(0)
        self.discount.setText(f"{off} ({cart.discount_code})" if cart.discount_code else off)
        self.shipping.setText(money(totals.shipping))
        self.grand.setText(money(totals.grand))
        self.payment.setText(self._payment_names[cart.payment])
        hold = cart.hold_until
        self.hold.setText(fill(self.tr("until %1"), datetime.fromtimestamp(hold).strftime("%H:%M"))
                          if hold is not None else self.tr("none"))

    def _show_pix(self, code: str | None) -> None:
        image = qr_image(code, QR_PIXELS) if code else None
        self.qr.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        self.qr.setVisible(image is not None)
        self.pix_text.setText(code or "")
        self.pix_text.setCursorPosition(0)
        self._pix_row.setVisible(bool(code))

    def _show_links(self, links: tuple[str, ...]) -> None:
        while (item := self._links_box.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.links = []
        for link in links:
            row, field, _ = _copy_row(self, link, self.tr("Copy"))
            self._links_box.addWidget(row)
            self.links.append(field)

    def _enable(self) -> None:
        payment = self.sheet.cart.payment if self.sheet is not None else None
        self.mark_paid.setEnabled(payment is PaymentState.UNPAID)
        self.cancel_cart.setEnabled(payment in (PaymentState.UNPAID, PaymentState.PAID))
