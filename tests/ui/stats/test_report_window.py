"""The Show report window over a store built in the test: the values its charts and tables were built from."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries

from studio.analytics.viewers import ViewerSample, ViewerState, record_sample
from studio.paths import Paths
from studio.storage import open_database
from tests.studio.analytics.show_builder import ShowBuilder, sold_show
from ui.stats.report_window import ShowReportWindow


@pytest.fixture
def sold(data_dir) -> Iterator[ShowBuilder]:
    db = open_database(Paths(data_dir).database)
    try:
        yield sold_show(db)
    finally:
        db.conn.close()


@pytest.fixture
def report_window(qtbot, data_dir, sold) -> Iterator[ShowReportWindow]:
    window = ShowReportWindow(Paths(data_dir).database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_shown, timeout=30000):
        window.open_show()
    yield window
    window.wait()


def points(series) -> list[tuple[float, float]]:
    return [(point.x(), point.y()) for point in series.points()]


def test_the_newest_show_charts_orders_and_revenue_with_the_pins_as_bands(report_window: ShowReportWindow):
    titles = [report_window.shows.item(row).text().splitlines()[0] for row in range(report_window.shows.count())]
    assert titles == ["domingo", "earlier"]
    assert "3 orders · R$\xa0204,70" in report_window.shows.item(0).text()
    series = {item.name(): item for item in report_window.sales.chart().series()}
    assert list(series) == ["A12", "B7", "Orders", "Revenue (BRL)"]
    orders, revenue = series["Orders"], series["Revenue (BRL)"]
    assert isinstance(orders, QLineSeries) and [y for _, y in points(orders)] == [1, 2, 0, 0, 0, 0, 0]
    assert [y for _, y in points(revenue)] == [59.9, 144.8, 0, 0, 0, 0, 0]
    mug = series["A12"]
    assert isinstance(mug, QAreaSeries)
    assert [x for x, _ in points(mug.upperSeries())] == [0.5, 3.7]  # 0:30 to 3:42, on the same minutes axis
    assert [x for x, _ in points(series["B7"].lowerSeries())] == [5.0, 6.5]
    bars = report_window.products.chart().series()[0].barSets()[0]
    assert [bars.at(index) for index in range(bars.count())] == [25.0, 179.7]  # drawn bottom up: A12 on top
    chat = report_window.chat.chart().series()[0]
    assert [y for _, y in points(chat)] == [3, 2, 1, 0, 0, 0, 0]
    assert points(report_window.viewers.chart().series()[0]) == []  # no platform was connected


def test_the_pins_table_and_two_shows_side_by_side(qtbot, report_window: ShowReportWindow):
    pins = report_window.pins
    assert [pins.item(0, column).text() for column in range(pins.columnCount())] == [
        "A12", "30 s", "3 min 12 s", "1", "2", "R$\xa0119,80", "2", "R$\xa0144,80"]
    assert pins.item(1, 0).text() == "B7" and pins.item(1, 2).text() == "1 min 30 s"
    with qtbot.waitSignal(report_window.report_shown, timeout=30000):
        report_window.choose([2, 1])
    figures = report_window.figures
    names = [figures.verticalHeaderItem(row).text() for row in range(figures.rowCount())]
    column = {figures.horizontalHeaderItem(index).text(): index for index in range(figures.columnCount())}
    assert list(column) == ["domingo", "earlier"]

    def cell(name: str, show: str) -> str:
        return figures.item(names.index(name), column[show]).text()

    assert (cell("Orders", "domingo"), cell("Orders", "earlier")) == ("3", "1")
    assert (cell("First-time buyers", "domingo"), cell("First-time buyers", "earlier")) == ("2", "1")
    assert (cell("Revenue", "earlier"), cell("Conversion (buyers / chatters)", "domingo")) == ("R$\xa059,90", "60.0%")
    assert cell("Peak viewers", "domingo") == "–"


def test_viewer_counts_are_charted_minute_by_minute(qtbot, data_dir, sold):
    db = open_database(Paths(data_dir).database)
    try:
        for seconds, viewers in ((20, 40), (80, 55), (200, 31)):
            record_sample(db, sold.show_id, ViewerSample("twitch", ViewerState.LIVE, viewers, sold.start + seconds))
    finally:
        db.conn.close()
    window = ShowReportWindow(Paths(data_dir).database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_shown, timeout=30000):
        window.open_show(sold.show_id)
    assert points(window.viewers.chart().series()[0]) == [(0.5, 40), (1.5, 55), (3.5, 31)]
    figures = window.figures
    names = [figures.verticalHeaderItem(row).text() for row in range(figures.rowCount())]
    assert figures.item(names.index("Peak viewers"), 0).text() == "55"
    assert figures.item(names.index("Average viewers"), 0).text() == "42"
    window.wait()


def test_a_hostile_show_title_is_plain_text_in_the_list(qtbot, data_dir):
    db = open_database(Paths(data_dir).database)
    try:
        ShowBuilder(db).open("<b>bold</b>\u202eevil")
    finally:
        db.conn.close()
    window = ShowReportWindow(Paths(data_dir).database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_shown, timeout=30000):
        window.open_show()
    assert window.shows.item(0).text().startswith("<b>bold</b>\u202eevil")
    assert window.figures.horizontalHeaderItem(0).text() == "<b>bold</b>\u202eevil"
    window.wait()
