"""The product list beside the program: a search field over a table of the catalog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.catalog_loader import CatalogLoader, CatalogSnapshot
from ui.catalog_model import CODE, IMAGE, PRICE, STOCK, TITLE, CatalogModel

SEARCH_DELAY_MS = 150


class ProductPanel(QWidget):
    catalog_shown = Signal(object)  # CatalogSnapshot, after the table shows it

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogModel()
        self.loader = CatalogLoader(database, self)
        self.search = QLineEdit(placeholderText="Search products, codes, SKUs…", clearButtonEnabled=True)
        self.table = self._make_table()
        self.summary = QLabel(textFormat=Qt.TextFormat.PlainText)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.loader.loaded.connect(self._show)
        self.loader.failed.connect(lambda message: self.summary.setText(f"Cannot read the catalog: {message}"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.search, self.table, self.summary):
            layout.addWidget(widget)

    def reload(self) -> None:
        self.loader.load(self.search.text())

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setIconSize(QSize(40, 40))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(46)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (IMAGE, CODE, PRICE, STOCK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _show(self, snapshot: CatalogSnapshot) -> None:
        self.model.show(snapshot)
        count = len(snapshot.products)
        noun = "product" if count == 1 else "products"
        self.summary.setText(f"{count} {noun} matching “{snapshot.search}”" if snapshot.search else f"{count} {noun}")
        self.catalog_shown.emit(snapshot)
