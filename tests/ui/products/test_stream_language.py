"""The stream speaks the show's language, the window the presenter's: a Brazilian shop's card
reads "Só restam 2" on the program while the window around it is in English."""

from __future__ import annotations

from studio.catalog import find_by_code
from studio.catalog_edits import Item, set_stock
from studio.overlay_views import product_card_view
from studio.settings import LOCALE, set_setting
from studio.store import store_session
from tests.ui.products.rows import cell, select
from tests.ui.products.test_pin import card_over, composed, difference
from ui.products.products_model import CODE, STOCK, PinnedRole


def test_a_brazilian_show_card_is_in_portuguese_while_the_window_is_in_english(qtbot, dock, open_show, paths):
    with store_session(paths) as db:
        set_setting(db, LOCALE, "pt_BR")
        mug = find_by_code(db, "A2")
        assert mug is not None and mug.id is not None
        set_stock(db, Item(mug.id, None), 2)
        mug = find_by_code(db, "A2")
    show = open_show()
    qtbot.waitUntil(lambda: composed(show).size > 0, timeout=20000)
    background = composed(show)
    portuguese = product_card_view(mug, "pt_BR")
    assert (portuguese.stock_text, portuguese.comment_text, portuguese.qr_caption) == (
        "Só restam 2", "Comente SOLD A2", "Escaneie para comprar")
    expected, box = card_over(background, mug, 320, 180, "pt_BR")
    english, _ = card_over(background, mug, 320, 180, "en_US")
    dock.reload()
    qtbot.waitUntil(lambda: cell(dock, "A2", STOCK).data() == "2", timeout=10000)
    select(dock, "A2")
    dock.pin_action.trigger()
    qtbot.waitUntil(lambda: difference(composed(show), expected, box) < 2.0, timeout=20000)
    assert difference(composed(show), english, box) > 2.0  # the Portuguese card, not the English one
    qtbot.waitUntil(lambda: cell(dock, "A2", CODE).data(PinnedRole), timeout=10000)
    assert (dock.pin_action.text(), dock.status.text()) == ("Unpin", "A2 is on stream")  # the window: English
