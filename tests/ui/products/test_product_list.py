"""The list as a presenter reads it: thumbnail, code, title, price, stock, and each variant's
own stock on its row; sold-out rows greyed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.catalog import find_by_code
from studio.commerce.buy_comments import BuyComment
from studio.commerce.orders import Buyer, place_order
from studio.shows import start_show
from studio.store import store_session
from tests.ui.products.rows import cell, column, row_of
from ui.products.products_model import CODE, PICTURE, PRICE, SOLD_OUT_INK, STOCK, TITLE

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def test_the_dock_lists_the_catalog_with_thumbnails_prices_and_stock(dock):
    assert column(dock, CODE)[:3] == ["A1", "A2", "A3"]
    assert column(dock, TITLE)[row_of(dock, "A1")] == "Linen Summer Dress  ·  6 variants"
    assert cell(dock, "A2", PRICE).data() == "$24.00"
    assert cell(dock, "A2", STOCK).data() == "18"
    assert cell(dock, "A10", STOCK).data() == "untracked"
    assert cell(dock, "A2", PICTURE).data(Qt.ItemDataRole.DecorationRole).width() == 40
    assert dock.summary.text() == "10 products"


def test_each_variant_has_its_own_row_with_its_price_and_stock(dock):
    dress = cell(dock, "A1", PICTURE)
    dock.tree.expand(dress)
    assert column(dock, TITLE, dress) == ["S / Sand", "M / Sand", "L / Sand", "S / Olive", "M / Olive", "L / Olive"]
    assert column(dock, STOCK, dress) == ["4", "6", "3", "2", "Sold out", "5"]
    assert column(dock, PRICE, dress)[0] == "$59.00"
    assert dock.model.index(0, CODE, dress).data() is None  # the code is the product's


def test_sold_out_rows_are_greyed_a_variant_on_its_own_row(dock):
    dress = cell(dock, "A1", PICTURE)
    sold_out_variant, in_stock_variant = dock.model.index(4, TITLE, dress), dock.model.index(0, TITLE, dress)
    assert sold_out_variant.data(FOREGROUND) == SOLD_OUT_INK
    assert in_stock_variant.data(FOREGROUND) is None
    assert cell(dock, "A1", TITLE).data(FOREGROUND) is None  # the dress has other variants left
    for index in (TITLE, PRICE, STOCK):
        assert cell(dock, "A8", index).data(FOREGROUND) == SOLD_OUT_INK  # the cold brew kit: the whole row
    assert cell(dock, "A2", TITLE).data(FOREGROUND) is None


def test_the_list_follows_stock_an_order_elsewhere_took(qtbot, dock, paths):
    with store_session(paths) as db:
        mug = find_by_code(db, "A2")
        place_order(db, start_show(db), Buyer("twitch", "ana", "Ana"), BuyComment(mug, None, 2, None), "sold A2 x2")
    qtbot.waitUntil(lambda: cell(dock, "A2", STOCK).data() == "16", timeout=10000)


def test_stock_an_order_took_changes_its_rows_in_place_keeping_the_selection_and_the_open_rows(qtbot, dock, paths):
    dress = cell(dock, "A1", PICTURE)
    dock.tree.expand(dress)
    dock.tree.setCurrentIndex(cell(dock, "A3", CODE))
    resets: list[bool] = []
    changed: list[int] = []
    dock.model.modelReset.connect(lambda: resets.append(True))
    dock.model.dataChanged.connect(lambda top, _bottom, _roles: top.parent().isValid() or changed.append(top.row()))
    with store_session(paths) as db:
        place_order(db, start_show(db), Buyer("twitch", "ana", "Ana"), BuyComment(find_by_code(db, "A2"), None, 1, None),
                    "sold A2")
    qtbot.waitUntil(lambda: cell(dock, "A2", STOCK).data() == "17", timeout=10000)
    assert resets == [] and changed == [row_of(dock, "A2")]  # the mug's row alone
    assert dock.selected() is not None and dock.selected().code == "A3"
    assert dock.tree.isExpanded(cell(dock, "A1", PICTURE))
