"""The Stats dock during a real show, and the Show report offered after End Show."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from studio.analytics.viewers import ViewerSample, ViewerState, record_sample
from studio.catalog import find_by_code
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.money import format_money
from studio.storage import open_database
from ui.show_reader import on_screen


def test_the_stats_dock_counts_the_show_so_far_and_who_watches(qtbot, window):
    show = window.bridge.show
    dock = window.stats
    qtbot.waitUntil(lambda: dock.stats is not None, timeout=30000)
    assert (dock.orders.text(), dock.viewers.text()) == ("0", "not known")
    db = open_database(window.bridge.database)
    try:
        price = find_by_code(db, "A2").price
        ChatDesk(db, show.show_id).take(ChatMessage("twitch", "#shop", "ana", "Ana", "sold A2 x2", time.time()))
        record_sample(db, show.show_id, ViewerSample("twitch", ViewerState.LIVE, 42, time.time()))
    finally:
        db.conn.close()
    window.docks["stats"].raise_()  # its tab chosen: behind the Live tab it reads nothing
    qtbot.waitUntil(lambda: dock.stats is not None and dock.stats.sales.orders == 1 and dock.stats.viewers == 42,
                    timeout=30000)
    assert (dock.orders.text(), dock.revenue.text(), dock.viewers.text()) == ("1", format_money(price * 2, "USD"), "42")
    assert dock.this_minute.text() == f"1 order, {format_money(price * 2, 'USD')}"
    series = {item.name(): item for item in dock.chart_view.chart().series()}
    assert sum(point.y() for point in series["Orders"].points()) == 1
    assert sum(point.y() for point in series["Revenue (USD)"].points()) == price * 2 / 100


def test_behind_another_tab_the_stats_dock_reads_nothing_and_reads_at_once_when_its_tab_is_chosen(qtbot, window):
    reader = window.stats.reader
    qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=30000)
    reads: list[int] = []
    read = reader._read
    reader._read = lambda db, show_id: (reads.append(show_id), read(db, show_id))[1]
    window.docks["live"].raise_()
    qtbot.waitUntil(lambda: not on_screen(window.stats), timeout=10000)
    for _tick in range(20):  # five seconds of the timer's ticks: two and a half reads' worth
        reader._tick()
    reader.jobs.wait()
    assert reads == []
    window.docks["stats"].raise_()
    qtbot.waitUntil(lambda: on_screen(window.stats), timeout=10000)
    reader._tick()  # the first tick in view reads
    qtbot.waitUntil(lambda: reads == [window.bridge.show.show_id], timeout=10000)
    reader._tick()  # the next ones every two seconds
    reader.jobs.wait()
    assert len(reads) == 1


def test_after_end_show_the_report_is_offered_and_opens_at_that_show(qtbot, window):
    ended = window.bridge.show.show_id
    window.controls.end_now()
    qtbot.waitUntil(lambda: getattr(window, "last_report_offer", None) is not None, timeout=60000)
    box: QMessageBox = window.last_report_offer
    assert box.text() == "0 orders in this show. See what sold, when, and while which product was pinned?"
    opening = next(button for button in box.buttons() if button.text() == "Open the report")
    # End Show opens the next show: the report reads the shop's store meanwhile
    qtbot.waitUntil(lambda: window.bridge.show is not None and window.bridge.show.show_id != ended, timeout=60000)
    opening.click()
    report = window.report_window
    assert report is not None
    qtbot.waitUntil(lambda: bool(report.reports) and report.reports[0].show_id == ended, timeout=30000)
    assert report.chosen_ids()[0] == ended and report.isVisible()
    report.wait()


def test_the_menu_opens_the_report_on_the_newest_show(qtbot, window):
    window.report_action.trigger()
    report = window.report_window
    assert report is not None
    qtbot.waitUntil(lambda: bool(report.reports), timeout=30000)
    assert report.reports[0].show_id == window.bridge.show.show_id  # the show running now is the newest
    report.wait()
