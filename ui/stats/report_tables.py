"""The Show report window's tables, filled from plain reports: the pins of one show, and the
figures of several side by side (one column a show). Cells are plain text items: titles from
outside are never read as markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from studio.analytics.report import ShowReport
from studio.money import format_totals


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShowReport", text)


def duration_words(seconds: float) -> str:
    """'3 min 12 s', '45 s', '1 h 02 min', in the window's language."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    if minutes:
        return _tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
    return _tr("%1 s").replace("%1", str(secs))


def make_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    return table


def fill_pins(table: QTableWidget, report: ShowReport) -> None:
    headers = [_tr("Product"), _tr("From"), _tr("For"), _tr("Its orders"), _tr("Its units"), _tr("Its revenue"),
               _tr("All orders"), _tr("All revenue")]
    start, locale = report.figures.span.started_at, report.locale
    rows = [[pin.code, duration_words(pin.pinned_at - start), duration_words(pin.seconds), str(pin.product.orders),
             str(pin.product.units), format_totals(pin.product.revenue, locale), str(pin.everything.orders),
             format_totals(pin.everything.revenue, locale)] for pin in report.pins]
    _fill(table, headers, rows, numeric_from=1)


Figure = tuple[str, Callable[[ShowReport], str]]


def figure_rows() -> list[Figure]:
    def money(take: Callable[[ShowReport], dict[str, int]]) -> Callable[[ShowReport], str]:
        return lambda report: format_totals(take(report), report.locale)

    def maybe(value: float | None, shown: str) -> str:
        return shown.format(value) if value is not None else "–"

    return [
        (_tr("Started"), lambda r: datetime.fromtimestamp(r.figures.span.started_at).strftime("%Y-%m-%d %H:%M")),
        (_tr("Length"), lambda r: duration_words(r.figures.span.seconds())),
        (_tr("Orders"), lambda r: str(r.figures.orders)),
        (_tr("Units"), lambda r: str(r.figures.units)),
        (_tr("Revenue"), money(lambda r: r.figures.revenue)),
        (_tr("Average order value"), money(lambda r: r.figures.average_order_value)),
        (_tr("Buyers"), lambda r: str(r.figures.buyers)),
        (_tr("First-time buyers"), lambda r: str(r.figures.first_time_buyers)),
        (_tr("Carts paid"), lambda r: str(r.figures.carts.paid)),
        (_tr("Carts unpaid"), lambda r: str(r.figures.carts.unpaid)),
        (_tr("Waiting, never served"), lambda r: str(r.figures.waitlisted)),
        (_tr("Chat messages"), lambda r: str(r.figures.messages)),
        (_tr("Chatters"), lambda r: str(r.figures.unique_chatters)),
        (_tr("Questions"), lambda r: str(r.figures.questions)),
        (_tr("Questions answered"), lambda r: str(r.figures.questions_answered)),
        (_tr("Conversion (buyers / chatters)"), lambda r: maybe(r.figures.conversion, "{:.1%}")),
        (_tr("Peak viewers"), lambda r: maybe(r.figures.viewers.peak, "{}")),
        (_tr("Average viewers"), lambda r: maybe(r.figures.viewers.average, "{:.0f}")),
    ]


def fill_figures(table: QTableWidget, reports: Sequence[ShowReport]) -> None:
    """One row a figure, one column a show."""
    figures = figure_rows()
    table.clear()
    table.setRowCount(len(figures))
    table.setColumnCount(len(reports))
    table.setHorizontalHeaderLabels([report.figures.span.title or _tr("Show %1").replace("%1", str(report.show_id))
                                     for report in reports])
    table.setVerticalHeaderLabels([name for name, _ in figures])
    for column, report in enumerate(reports):
        for row, (_, shown) in enumerate(figures):
            table.setItem(row, column, _cell(shown(report), numeric=True))
    table.resizeColumnsToContents()


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], numeric_from: int) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, _cell(text, numeric=column >= numeric_from))
    table.resizeColumnsToContents()


def _cell(text: str, numeric: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
