"""Price and stock edited in place: written by the catalog thread, a bad price refused with the
reason and the old value kept, a stock that cannot go below zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from studio.catalog import find_by_code
from studio.store import store_session
from tests.ui.products.rows import cell
from ui.products.products_model import PICTURE, PRICE, SOLD_OUT_INK, STOCK, TITLE


def type_into_cell(qtbot, dock, index, text: str) -> None:
    dock.tree.setCurrentIndex(index)
    dock.tree.edit(index)
    qtbot.waitUntil(lambda: dock.tree.focusWidget() is not None, timeout=5000)
    editor = dock.tree.focusWidget()
    assert isinstance(editor, QLineEdit | QSpinBox)
    (editor if isinstance(editor, QLineEdit) else editor.lineEdit()).selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def stored(paths, code: str):
    with store_session(paths) as db:
        return find_by_code(db, code)


def test_a_price_typed_the_shops_way_is_saved(qtbot, dock, paths):
    with qtbot.waitSignal(dock.catalog_shown, timeout=10000):
        type_into_cell(qtbot, dock, cell(dock, "A2", PRICE), "19,50")
    qtbot.waitUntil(lambda: cell(dock, "A2", PRICE).data() == "$19.50", timeout=10000)
    assert stored(paths, "A2").price == 1950
    assert dock.status.text() == "A2: the price is now $19.50"


def test_a_bad_price_is_refused_with_the_reason_and_the_old_one_stays(qtbot, dock, paths):
    type_into_cell(qtbot, dock, cell(dock, "A2", PRICE), "12.5x")
    qtbot.waitUntil(lambda: dock.problem.text() != "", timeout=5000)
    assert dock.problem.text() == "A2, price: '12.5x' is not a price. The price stays $24.00."
    assert cell(dock, "A2", PRICE).data() == "$24.00"
    assert stored(paths, "A2").price == 2400


def test_stock_cannot_be_typed_below_zero(qtbot, dock, paths):
    type_into_cell(qtbot, dock, cell(dock, "A2", STOCK), "-3")
    qtbot.waitUntil(lambda: cell(dock, "A2", STOCK).data() == "3", timeout=10000)  # the minus is not taken
    assert stored(paths, "A2").stock == 3


def test_a_product_greys_whole_when_its_last_variant_sells_out(qtbot, dock, paths):
    cardigan = cell(dock, "A9", PICTURE)
    dock.tree.expand(cardigan)
    for row in range(3):
        index = dock.model.index(row, STOCK, cell(dock, "A9", PICTURE))
        with qtbot.waitSignal(dock.catalog_shown, timeout=10000):
            type_into_cell(qtbot, dock, index, "0")
    qtbot.waitUntil(lambda: cell(dock, "A9", STOCK).data() == "Sold out", timeout=10000)
    assert cell(dock, "A9", TITLE).data(Qt.ItemDataRole.ForegroundRole) == SOLD_OUT_INK
    assert stored(paths, "A9").total_stock == 0
    assert dock.tree.isExpanded(cell(dock, "A9", PICTURE))  # a reload keeps what was open


def test_a_longer_price_widens_its_column_so_it_reads_whole(qtbot, dock, paths):
    before = dock.tree.columnWidth(PRICE)
    with qtbot.waitSignal(dock.catalog_shown, timeout=10000):
        type_into_cell(qtbot, dock, cell(dock, "A2", PRICE), "123456,78")
    qtbot.waitUntil(lambda: cell(dock, "A2", PRICE).data() == "$123,456.78", timeout=10000)
    shown = cell(dock, "A2", PRICE)
    assert dock.tree.columnWidth(PRICE) > before
    assert dock.tree.columnWidth(PRICE) >= dock.tree.sizeHintForIndex(shown).width()  # not elided
