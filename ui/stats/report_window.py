"""The Show report window, after a show (or during one): the shop's shows in a list; for the one
chosen, orders and revenue per minute with the pins as bands on the same time axis, revenue per
product, chat per minute, the pins' table and the figures; choose several to compare their
figures side by side. Every report is read off the GUI thread (one store job per choice)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from studio.analytics.report import ShowReport, show_report
from studio.analytics.show_list import PastShow, past_shows
from studio.money import format_totals, minor_digits
from studio.settings import store_locale
from ui.plain_label import error_label, plain_label
from ui.stats.minute_charts import PinBand, counts_chart, product_chart, put_chart, sales_chart
from ui.stats.report_tables import fill_figures, fill_pins, make_table
from ui.store_jobs import StoreJobs, failure_text

log = logging.getLogger(__name__)

COMPARED = 6  # shows side by side at most: more columns would not be read
SHOW_ID = Qt.ItemDataRole.UserRole


class ShowReportWindow(QWidget):
    shows_listed = Signal()
    report_shown = Signal()  # the charts and tables were rebuilt from the shows chosen

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Show report"))
        self.resize(1100, 720)
        self.jobs = StoreJobs("show-report", self)
        self.jobs.use(database)
        self.reports: list[ShowReport] = []
        self._wanted: int | None = None
        self.shows = QListWidget(self)
        self.shows.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.shows.setToolTip(self.tr("Choose a show; choose several (Ctrl or Shift) to compare their figures"))
        self.shows.itemSelectionChanged.connect(self._chosen)
        self.sales, self.products, self.chat, self.viewers = (self._chart_view() for _ in range(4))
        self.pins, self.figures = make_table(self), make_table(self)
        self.tabs = QTabWidget(self)
        for widget, title in ((self.sales, self.tr("Sales")), (self.products, self.tr("Products")),
                              (self.chat, self.tr("Chat")), (self.viewers, self.tr("Viewers")),
                              (self.pins, self.tr("Pins")),
                              (self.figures, self.tr("Figures"))):
            self.tabs.addTab(widget, title)
        self.error = error_label(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.tabs, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.shows, 1)
        left_layout.addWidget(plain_label(self, self.tr("Ctrl+click more shows to compare their figures side by side")))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _chart_view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        return view

    # Choosing shows

    def open_show(self, show_id: int | None = None) -> None:
        """Lists the shows again and chooses `show_id` (None: the newest)."""
        self._wanted = show_id
        self.jobs.run(_list_shows, self._listed, self._failed)

    def _listed(self, listed: tuple[list[PastShow], str]) -> None:
        shows, locale = listed
        self.shows.blockSignals(True)
        self.shows.clear()
        for show in shows:
            item = QListWidgetItem(self._show_words(show, locale))
            item.setData(SHOW_ID, show.show_id)
            self.shows.addItem(item)
        self.shows.blockSignals(False)
        self.shows_listed.emit()
        wanted = next((row for row, show in enumerate(shows) if show.show_id == self._wanted), 0)
        if shows:
            self.shows.setCurrentRow(wanted)

    def _show_words(self, show: PastShow, locale: str) -> str:
        title = show.title or self.tr("Show %1").replace("%1", str(show.show_id))
        when = datetime.fromtimestamp(show.started_at).strftime("%Y-%m-%d %H:%M")
        sold = self.tr("%n orders", "", show.orders)
        return f"{title}\n{when} · {sold} · {format_totals(show.revenue, locale)}"

    def chosen_ids(self) -> list[int]:
        """The current show first, then the others chosen, newest first."""
        current = self.shows.currentItem()
        chosen = [item.data(SHOW_ID) for item in self.shows.selectedItems()]
        first = current.data(SHOW_ID) if current is not None and current.isSelected() else None
        rest = sorted((show_id for show_id in chosen if show_id != first), reverse=True)
        return ([first] if first is not None else []) + rest[:COMPARED - 1]

    def choose(self, show_ids: list[int]) -> None:
        """Selects these shows (the first becomes the current one), as a user would."""
        rows = {self.shows.item(row).data(SHOW_ID): row for row in range(self.shows.count())}
        self.shows.blockSignals(True)
        self.shows.clearSelection()
        for show_id in show_ids[1:]:
            self.shows.item(rows[show_id]).setSelected(True)
        self.shows.blockSignals(False)
        self.shows.setCurrentItem(self.shows.item(rows[show_ids[0]]), QItemSelectionModel.SelectionFlag.Select)

    def _chosen(self) -> None:
        ids = self.chosen_ids()
        if ids:
            self.jobs.run(lambda db: [show_report(db, show_id) for show_id in ids], self._show_reports, self._failed)

    # Showing reports

    def _show_reports(self, reports: list[ShowReport]) -> None:
        self.error.clear()
        self.reports = reports
        report = reports[0]
        timeline, start = report.timeline, report.figures.span.started_at
        bands = [PinBand((pin.pinned_at - start) / 60, (pin.unpinned_at - start) / 60, pin.code) for pin in report.pins]
        put_chart(self.sales, sales_chart(timeline.orders, timeline.revenue, bands))
        currency = next(iter(report.figures.revenue), "")
        rows = [(sales.code, sales.revenue.get(currency, 0) / 10 ** minor_digits(currency)) for sales in report.products
                ] if currency else []
        put_chart(self.products, product_chart(rows, currency))
        put_chart(self.chat, counts_chart(self.tr("Chat messages per minute"), self.tr("messages"), timeline.messages))
        put_chart(self.viewers, counts_chart(self.tr("Concurrent viewers"), self.tr("viewers"), timeline.viewers))
        fill_pins(self.pins, report)
        fill_figures(self.figures, reports)
        self.report_shown.emit()

    def _failed(self, error: Exception) -> None:
        self.error.setText(failure_text(error))

    def wait(self, timeout: float = 30.0) -> None:
        self.jobs.wait(timeout)


def _list_shows(db: Database) -> tuple[list[PastShow], str]:
    return past_shows(db), store_locale(db)
