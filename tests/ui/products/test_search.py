"""Search as you type: the catalog's full-text search on the catalog thread; the latest words win."""

from __future__ import annotations

from tests.ui.products.rows import column
from ui.products.products_model import TITLE


def test_typing_filters_the_list(qtbot, dock):
    with qtbot.waitSignal(dock.catalog_shown, timeout=5000):
        dock.search.setText("mug")
    assert column(dock, TITLE) == ["Ceramic Pour-Over Mug"]
    assert dock.summary.text().startswith("1 ") and dock.summary.text().endswith("matching “mug”")


def test_the_latest_words_win_whatever_was_typed_before(qtbot, dock):
    for text in ("c", "ca", "car", "cardi", "cardigan"):
        dock.search.setText(text)
    qtbot.waitUntil(lambda: dock.snapshot.search == "cardigan", timeout=5000)
    assert column(dock, TITLE) == ["Oversized Knit Cardigan  ·  3 variants"]
    dock.search.clear()
    qtbot.waitUntil(lambda: len(column(dock, TITLE)) == 10, timeout=5000)


def test_words_from_outside_are_searched_as_text(qtbot, dock):
    with qtbot.waitSignal(dock.catalog_shown, timeout=5000):
        dock.search.setText('"<b>NEAR(mug' + "x" * 3000)
    assert column(dock, TITLE) == []
    assert dock.problem.text() == ""
