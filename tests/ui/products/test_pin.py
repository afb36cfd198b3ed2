"""Pin from the dock and the product's card is in the program, as the card renders it; Next
product pins the one after, wrapping from the last to the first."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from media.blend import blend_onto, prepare_overlay
from overlays.product_card import render_product_card
from studio.catalog import find_by_code
from studio.overlay_views import product_card_view
from studio.shows import pinned_product_id
from studio.store import store_session
from tests.ui.products.rows import cell, column, select
from ui.products.products_model import CODE, PinnedRole


def composed(show) -> np.ndarray:
    frame = show.pipeline.compositor.latest()
    return frame.image[..., :3].copy() if frame is not None else np.zeros((0, 0, 3), np.uint8)


def card_over(background: np.ndarray, product, width: int, height: int,
              locale: str = "en_US") -> tuple[np.ndarray, tuple[slice, slice]]:
    """The program as it should look with `product`'s card (in `locale`) over `background`, and the card's box."""
    card = render_product_card(product_card_view(product, locale), width, height)
    expected = background.copy()
    blend_onto(expected, prepare_overlay(card.pixels, card.x, card.y))
    box = (slice(card.y, card.y + card.pixels.shape[0]), slice(card.x, card.x + card.pixels.shape[1]))
    return expected, box


def difference(frame: np.ndarray, expected: np.ndarray, box: tuple[slice, slice]) -> float:
    if frame.shape != expected.shape:
        return 255.0
    return float(np.abs(frame[box].astype(int) - expected[box].astype(int)).mean())


def test_pinning_from_the_dock_puts_the_products_card_into_the_program(qtbot, dock, open_show, paths):
    show = open_show()
    qtbot.waitUntil(lambda: composed(show).size > 0, timeout=20000)
    background = composed(show)  # nothing pinned yet: the scene's colour alone
    with store_session(show.paths) as db:
        mug, serum = find_by_code(db, "A2"), find_by_code(db, "A5")
    expected, box = card_over(background, mug, 320, 180)
    other, _ = card_over(background, serum, 320, 180)
    select(dock, "A2")
    assert dock.pin_action.text() == "Pin"
    dock.pin_action.trigger()
    qtbot.waitUntil(lambda: difference(composed(show), expected, box) < 2.0, timeout=20000)
    frame = composed(show)
    assert difference(frame, expected, box) < 2.0
    assert difference(frame, other, box) > 2 * difference(frame, expected, box) + 1.0  # not any card: this one
    qtbot.waitUntil(lambda: cell(dock, "A2", CODE).data(PinnedRole), timeout=10000)
    assert dock.pin_action.text() == "Unpin"
    assert dock.status.text() == "A2 is on stream"
    dock.pin_action.trigger()
    qtbot.waitUntil(lambda: difference(composed(show), background, box) < 1.0, timeout=20000)  # unpinned: gone


def test_next_product_wraps_from_the_last_to_the_first(qtbot, dock, open_show):
    show = open_show()
    codes = column(dock, CODE)
    select(dock, codes[-1])
    dock.pin_action.trigger()
    qtbot.waitUntil(lambda: cell(dock, codes[-1], CODE).data(PinnedRole), timeout=10000)
    with qtbot.waitActive(dock):
        dock.show()
        dock.activateWindow()
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Right
    qtbot.waitUntil(lambda: cell(dock, codes[0], CODE).data(PinnedRole), timeout=10000)
    dock.next_action.trigger()
    qtbot.waitUntil(lambda: cell(dock, codes[1], CODE).data(PinnedRole), timeout=10000)
    with store_session(show.paths) as db:
        assert pinned_product_id(db, show.show_id) == find_by_code(db, codes[1]).id
    assert not cell(dock, codes[0], CODE).data(PinnedRole)


def test_without_a_show_pinning_is_disabled_and_says_why(dock):
    select(dock, "A2")
    assert not dock.pin_action.isEnabled() and not dock.next_action.isEnabled()
    assert dock.pin_action.toolTip() == "Open a show to put products on stream"
