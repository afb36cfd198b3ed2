"""The studio window: the program monitor in the middle, the Products dock beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QWidget

from media.source import Source
from studio.imports import ImportResult
from studio.paths import Paths
from ui.currency_dialog import ask_price_currency
from ui.import_job import ImportJob
from ui.products.products_dock import ProductsDock
from ui.program_monitor import ProgramMonitor
from ui.show_bridge import ShowBridge

STATUS_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, database: Path, program: Source) -> None:
        super().__init__()
        self.setWindowTitle("Vitrina Studio")
        self.resize(1440, 860)
        self.monitor = ProgramMonitor(program, self)
        self.setCentralWidget(self.monitor)
        self.bridge = ShowBridge(Paths(database.parent), self)  # no show is opened here yet: the store alone
        self.products = ProductsDock(self.bridge, self)
        self.products_dock = self._dock("Products", self.products)
        self.import_job = ImportJob(database, self)
        self.import_job.finished.connect(self._imported)
        self.import_job.failed.connect(self._import_failed)
        self._build_menu()

    def _dock(self, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}-dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
        return dock

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction("&Import products…", self, shortcut=QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._choose_import_file)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _choose_import_file(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, "Import products", "", "CSV files (*.csv *.txt);;All files (*)")
        if not file:
            return
        currency = ask_price_currency(self)
        if currency:
            self.import_file(Path(file), currency)

    def import_file(self, file: Path, currency: str | None = None) -> None:
        if self.import_job.running:
            return
        self.import_action.setEnabled(False)
        self.statusBar().showMessage(f"Importing {file.name}…")
        self.import_job.start(file, currency)

    def _imported(self, result: ImportResult) -> None:
        self.import_action.setEnabled(True)
        self.statusBar().showMessage(
            f"Imported {result.total} products: {result.created} new, {result.updated} updated", STATUS_MS
        )
        self.products.reload()

    def _import_failed(self, message: str) -> None:
        self.import_action.setEnabled(True)
        self.statusBar().showMessage("The import failed; nothing was changed", STATUS_MS)
        box = QMessageBox(QMessageBox.Icon.Warning, "Import failed", "Nothing was imported. Fix these lines and try again:", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(message)
        box.open()
        self.last_error_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        self.products.stop()
        self.import_job.wait()
        self.bridge.close()
        super().closeEvent(event)
