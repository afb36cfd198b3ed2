"""The studio window as a presenter sees it: the Products dock beside the program monitor
(the dock itself is tested in tests/ui/products)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from media.sources.test_pattern import bar_colour_at
from tests.ui.widget_pixels import widget_pixels
from ui.currency_dialog import currency_choices
from ui.products.products_model import PRICE, TITLE
from ui.program_monitor import fit_rect


def column(window, index: int) -> list[str]:
    model = window.products.model
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_the_program_monitor_shows_the_moving_test_pattern(qtbot, window):
    window.resize(1200, 800)
    monitor = window.monitors.program
    qtbot.waitUntil(lambda: monitor.shown_index >= 0, timeout=60000)
    first = monitor.shown_index
    qtbot.waitUntil(lambda: monitor.shown_index > first, timeout=60000)
    pixels = widget_pixels(monitor)
    shown = fit_rect(QSize(320, 180), monitor.rect())  # letterboxed in the monitor, whatever its shape
    row = pixels[shown.y() + shown.height() // 4]
    for fraction in (0.07, 0.5, 0.93):  # the first, the middle and the last of the seven colour bars
        x = shown.x() + int(shown.width() * fraction)
        expected = bar_colour_at(int(fraction * 320), 320)
        assert np.abs(row[x, :3].astype(int) - expected).max() < 40, (fraction, row[x, :3], expected)


def test_importing_from_the_window_updates_the_list(qtbot, window, tmp_path):
    sheet = tmp_path / "new.csv"
    sheet.write_text("sku,title,price,code\nNEW-1,Velvet Headband,12.00,V1\n", encoding="utf-8")
    window.import_file(sheet, currency="EUR")
    # the first catalog load may still be landing: wait for the list the import gave
    qtbot.waitUntil(lambda: "Velvet Headband" in column(window, TITLE), timeout=30000)
    assert "€12.00" in column(window, PRICE)  # the chosen currency, written the store locale's way
    assert window.statusBar().currentMessage() == "Imported 1 product: 1 new, 0 updated"


def test_a_failed_import_shows_the_lines_as_plain_text_and_changes_nothing(qtbot, window, tmp_path):
    before = column(window, TITLE)
    sheet = tmp_path / "bad.csv"
    sheet.write_text("sku,title,price\nX-1,<b>Bold</b>,nope\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_job.failed, timeout=10000):
        window.import_file(sheet, currency="USD")
    box: QMessageBox = window.last_error_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "line 2, price: 'nope' is not a price" in box.informativeText()
    box.close()
    window.products.reload()
    qtbot.waitUntil(lambda: column(window, TITLE) == before, timeout=5000)


def test_the_currency_question_offers_the_likely_ones_first():
    choices = currency_choices("BRL")
    assert choices[:3] == ["BRL", "USD", "EUR"]
    assert len(choices) == len(set(choices)) and "CHF" in choices
