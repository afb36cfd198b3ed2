"""The Products dock: search as you type over a tree of products and variants (thumbnail, code,
title, price, stock), prices and stock edited in place, Pin / Unpin, Flash sale…, Next product
(Ctrl+Right), add, edit and delete, and removing the demo catalog.

It follows the bridge's show by itself: every read and write goes through the catalog thread
on the current show's store (a rehearsal's copy during a rehearsal); the list follows orders
and other drivers' changes (the catalog's version, the stock, the pin) within a second or so."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from media.worker import Task
from studio.catalog import Product
from studio.catalog_edits import Item
from studio.live.show import LiveShow
from studio.placeholders import fill
from ui.products import catalog_writes
from ui.products.catalog_snapshot import CatalogSnapshot
from ui.products.catalog_thread import CatalogThread, Written
from ui.products.edit_delegates import PriceDelegate, StockDelegate
from ui.products.flash_sale_dialog import FlashSaleDialog
from ui.products.picture_progress import PictureProgressBar
from ui.products.product_dialog import ProductDialog
from ui.products.products_model import CODE, PICTURE, PRICE, STOCK, TITLE, ProductsModel
from ui.show_bridge import ShowBridge

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
LOOK_MS = 1000  # how often the catalog thread checks whether the store moved under the list
WIDENED = (CODE, PRICE, STOCK)  # columns sized to their text (the picture's is the thumbnail's)
ORDER_LOOK_MS = 250  # how soon after an order it looks (orders by the hundred a second make one look)
PROBLEM_STYLE = "color: #c0392b"


class ProductsDock(QWidget):
    catalog_shown = Signal(object)  # CatalogSnapshot, once the list shows it
    written = Signal(object)  # Written: a write the dock asked for is done (or refused)

    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = ProductsModel()
        self.model.edit_requested.connect(self._edit)
        self.snapshot: CatalogSnapshot | None = None
        self.search = QLineEdit(placeholderText=self.tr("Search products, codes, SKUs…"), clearButtonEnabled=True)
        self.tree = self._make_tree()
        self.problem = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.summary = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)  # what the last action did
        self.pictures = PictureProgressBar(self)
        self.dialog: ProductDialog | FlashSaleDialog | None = None
        self.confirmation: QMessageBox | None = None
        self._dialog_ticket = 0
        self._retiring: list[Task] = []
        self._build_actions()
        self._lay_out()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.catalog: CatalogThread = self._open_catalog()
        self._look_timer = QTimer(self, interval=LOOK_MS)
        self._look_timer.timeout.connect(lambda: self.catalog.look(self._show_id()))
        self.pictures.follow(bridge.database, bridge.paths.images)
        bridge.show_changed.connect(self._show_changed)
        self._order_look = QTimer(self, singleShot=True, interval=ORDER_LOOK_MS)  # a burst of orders: one look
        self._order_look.timeout.connect(lambda: self.catalog.look(self._show_id()))
        bridge.order_placed.connect(self._order_placed)  # a method: it goes with the dock, unlike a lambda
        self._look_timer.start()
        self._update_actions()
        self.reload()

    # Layout

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.model)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        tree.setIconSize(QSize(40, 40))
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.price_delegate, self.stock_delegate = PriceDelegate(tree), StockDelegate(tree)
        self.price_delegate.refused.connect(self._price_refused)
        tree.setItemDelegateForColumn(PRICE, self.price_delegate)
        tree.setItemDelegateForColumn(STOCK, self.stock_delegate)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized to their contents when the list is laid out again, not kept so: a column kept to its
        # contents measures every row at each change of one, and orders change stock many times a second
        self.model.modelReset.connect(lambda: self._fit_columns(tree))
        tree.expanded.connect(lambda _index: self._fit_columns(tree))  # its variants' rows are measured too
        self.model.dataChanged.connect(lambda top, bottom, *_: self._widen_for(tree, top, bottom))
        tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        return tree

    @staticmethod
    def _fit_columns(tree: QTreeView) -> None:
        for column in (PICTURE, *WIDENED):
            tree.resizeColumnToContents(column)

    @staticmethod
    def _widen_for(tree: QTreeView, top: QModelIndex, bottom: QModelIndex) -> None:
        """A changed row whose code, price or stock no longer fits widens its column (a longer price)."""
        for row in range(top.row(), bottom.row() + 1):
            for column in WIDENED:
                needed = tree.sizeHintForIndex(top.siblingAtRow(row).siblingAtColumn(column)).width()
                if needed > tree.columnWidth(column):
                    tree.setColumnWidth(column, needed)

    def _build_actions(self) -> None:
        self.pin_action = self._action(self.tr("Pin"), self._pin_or_unpin)
        self.next_action = self._action(self.tr("Next product"), self.pin_next, QKeySequence("Ctrl+Right"))
        self.flash_action = self._action(self.tr("Flash sale…"), self._ask_flash_sale)
        self.add_action = self._action(self.tr("Add…"), self._ask_new_product)
        self.edit_action = self._action(self.tr("Edit…"), self._ask_edit_product)
        self.delete_action = self._action(self.tr("Delete…"), self._confirm_delete)
        self.remove_demo_action = self._action(self.tr("Remove the demo catalog…"), self._confirm_remove_demo)

    def _action(self, text: str, slot: Callable[[], None], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        return action

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for action in (self.pin_action, self.next_action, self.flash_action, self.add_action, self.edit_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        more = QToolButton(self)
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions([self.delete_action, self.remove_demo_action])
        more.setMenu(menu)
        buttons.addWidget(more)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        for widget in (self.tree, self.problem, self.status, self.summary, self.pictures):
            layout.addWidget(widget)

    # Following the show and the store

    def _open_catalog(self) -> CatalogThread:
        catalog = CatalogThread(self.bridge.database, self)
        catalog.loaded.connect(self._show_snapshot)
        catalog.written.connect(self._written)
        return catalog

    @Slot(int)
    def _order_placed(self, _order_id: int) -> None:
        if not self._order_look.isActive():
            self._order_look.start()

    def _show_id(self) -> int | None:
        show = self.bridge.show
        return show.show_id if show is not None else None

    @Slot(object)
    def _show_changed(self, _show: LiveShow | None) -> None:
        """A new show may run on another store (a rehearsal's copy): read that one from now on."""
        old = self.catalog
        self._retire(old.stop)
        self.catalog = self._open_catalog()
        self.pictures.follow(self.bridge.database, self.bridge.paths.images, self._retire)
        self._update_actions()
        self.reload()

    def _retire(self, stop: Callable[[], None]) -> None:
        """Stops a thread on a task of its own: the GUI thread never waits for a join."""
        task = Task("products-retire", stop)
        self._retiring = [kept for kept in self._retiring if kept.running] + [task]
        task.start()

    def reload(self) -> None:
        """Reads the list again with the current search (the main window calls it after an import)."""
        self.catalog.load(self.search.text(), self._show_id())
        self.pictures.nudge()

    def stop(self) -> None:
        """For closing: the catalog thread and the picture fetcher end (and are waited for)."""
        self._look_timer.stop()
        self._order_look.stop()
        self.catalog.stop()
        self.pictures.stop()
        for task in self._retiring:
            task.join(10)

    @Slot(object)
    def _show_snapshot(self, snapshot: CatalogSnapshot) -> None:
        self.snapshot = snapshot
        if self.model.same_rows(snapshot):  # changed in place: the selection and the open rows stay as they are
            self.model.show(snapshot)
        else:
            current = self.model.product_at(self.tree.currentIndex())
            expanded = self._expanded_ids()
            self.model.show(snapshot)
            self._restore(current, expanded)
        count = len(snapshot.products)
        if snapshot.search:
            self.summary.setText(self.tr("%n products matching “%1”", "", count).replace("%1", snapshot.search))
        else:
            self.summary.setText(self.tr("%n products", "", count))
        self._update_actions()
        self.catalog_shown.emit(snapshot)

    def _expanded_ids(self) -> set[int]:
        return {product.id for row, product in enumerate(self.model.products())
                if product.id is not None and self.tree.isExpanded(self.model.index(row, 0))}

    def _restore(self, current: Product | None, expanded: set[int]) -> None:
        for product_id in expanded:
            self.tree.setExpanded(self.model.row_of(product_id), True)
        if current is not None:
            self.tree.setCurrentIndex(self.model.row_of(current.id))

    # Actions

    def selected(self) -> Product | None:
        return self.model.product_at(self.tree.currentIndex())

    def _update_actions(self) -> None:
        product = self.selected()
        show_open = self.bridge.show is not None
        pinned = product is not None and product.id == self.model.pinned_id
        self.pin_action.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        no_show = self.tr("Open a show to put products on stream")
        self.pin_action.setEnabled(show_open and product is not None)
        self.next_action.setEnabled(show_open and bool(self.model.products()))
        for action in (self.pin_action, self.next_action):
            action.setToolTip("" if show_open else no_show)
        for action in (self.flash_action, self.edit_action, self.delete_action):
            action.setEnabled(product is not None)

    def _change(self, write: Callable[[Database], str]) -> int:
        self.problem.clear()
        self.status.clear()
        return self.catalog.change(write)

    def _pin_or_unpin(self) -> None:
        product, show_id = self.selected(), self._show_id()
        if product is None or show_id is None:
            return
        self._change(partial(catalog_writes.pin, show_id=show_id,
                             product=None if product.id == self.model.pinned_id else product))

    def pin_next(self) -> None:
        """Pins the product after the pinned one in the list's order, the first after the last."""
        products, show_id = self.model.products(), self._show_id()
        if not products or show_id is None:
            return
        ids = [product.id for product in products]
        pinned = self.model.pinned_id
        chosen = products[(ids.index(pinned) + 1) % len(products)] if pinned in ids else products[0]
        self.tree.setCurrentIndex(self.model.row_of(chosen.id))
        self._change(partial(catalog_writes.pin, show_id=show_id, product=chosen))

    @Slot(object, int, int)
    def _edit(self, item: Item, column: int, value: int) -> None:
        write = catalog_writes.price if column == PRICE else catalog_writes.stock
        self._change(lambda db: write(db, item, value))

    @Slot(object, str, str)
    def _price_refused(self, index: QPersistentModelIndex, typed: str, reason: str) -> None:
        product = self.model.product_at(index)
        code = product.code if product is not None else ""
        self.problem.setText(fill(self.tr("%1, price: %2. The price stays %3."), code, reason, str(index.data())))

    def _ask_flash_sale(self) -> None:
        product = self.selected()
        if product is None or self.snapshot is None:
            return
        dialog = FlashSaleDialog(product, self.snapshot.locale, self)

        def start() -> None:
            if dialog.price is not None:
                self._change(partial(catalog_writes.flash_sale, product=product, minor=dialog.price,
                                     minutes=dialog.minutes))

        dialog.accepted.connect(start)
        self._open(dialog)

    def _ask_new_product(self) -> None:
        currency = self.snapshot.currency if self.snapshot else None
        if currency is None:
            self.problem.setText(self.tr("The shop has no currency yet: import products, or set it with "
                                         "`vitrina settings`"))
            return
        self._open_product_dialog(ProductDialog(currency, None, self))

    def _ask_edit_product(self) -> None:
        product = self.selected()
        if product is not None:
            self._open_product_dialog(ProductDialog(product.currency, product, self))

    def _open_product_dialog(self, dialog: ProductDialog) -> None:
        def submitted(product: Product) -> None:
            self._dialog_ticket = self._change(partial(catalog_writes.save, product=product))

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def _open(self, dialog: ProductDialog | FlashSaleDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _confirm_delete(self) -> None:
        product = self.selected()
        if product is None:
            return
        question = fill(self.tr("Delete %1 %2 and its variants? This cannot be undone."), product.code, product.title)
        self._confirm(self.tr("Delete product"), question, partial(catalog_writes.delete, product=product))

    def _confirm_remove_demo(self) -> None:
        self._confirm(self.tr("Remove the demo catalog"),
                      self.tr("Delete the demo's products? Your own products stay."), catalog_writes.remove_demo)

    def _confirm(self, title: str, question: str, write: Callable[[Database], str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._change(write)
                                  if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "confirmation", None) if self.confirmation is box else None)
        self.confirmation = box
        box.open()

    @Slot(object)
    def _written(self, result: Written) -> None:
        if result.ticket and result.ticket == self._dialog_ticket and isinstance(self.dialog, ProductDialog):
            if result.refused:
                self.dialog.show_refusal(result.refused)
            else:
                self.dialog.accept()
        if result.refused:
            self.problem.setText(result.refused)
        else:
            self.status.setText(result.message)
        self.written.emit(result)
        self.reload()
