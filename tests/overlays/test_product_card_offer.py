"""The show's discount code on the product card: on the picture's foot (its top third left to the
picture and the discount), shrunk to fit, wrapped to three lines, then
elided; the rest of the card as it is without it."""

from __future__ import annotations

import numpy as np
import pytest

from overlays.card_layout import card_layout
from overlays.contrast import LEGIBLE, worst_contrast
from overlays.product_card import render_product_card
from overlays.theme import DEFAULT_THEME
from tests.overlays.conftest import CANVAS, assert_matches_golden
from tests.overlays.test_product_card import URL, card

UPRIGHT = (720, 1280)


def test_the_card_with_a_code_looks_as_designed():
    assert_matches_golden("product_card_offer", render_product_card(card(offer_text="Code LIVE10: 10% off"), *CANVAS).pixels)


def test_the_upright_card_with_a_code_looks_as_designed():
    view = card(offer_text="Cupom LIVE5: R$ 5,00 de desconto")
    assert_matches_golden("product_card_offer_upright", render_product_card(view, *UPRIGHT).pixels)


@pytest.mark.parametrize("canvas", [CANVAS, UPRIGHT])
def test_the_code_line_stays_on_the_picture_and_the_rest_of_the_card_is_unchanged(canvas):
    without = render_product_card(card(), *canvas)
    long_code = render_product_card(card(offer_text="Code LIVE10: 10% off " + "very long words " * 600), *canvas)
    assert long_code.pixels.shape == without.pixels.shape and (long_code.x, long_code.y) == (without.x, without.y)
    changed = np.argwhere(np.any(long_code.pixels != without.pixels, axis=2))
    assert len(changed)
    scale = without.pixels.shape[1] / card_layout(URL, True, *canvas, DEFAULT_THEME.font_family).width
    picture = card_layout(URL, True, *canvas, DEFAULT_THEME.font_family).picture
    top, left = changed.min(axis=0) / scale
    bottom, right = (changed.max(axis=0) + 1) / scale
    assert picture.left() <= left and right <= picture.right() + 1, (left, right, picture)
    assert picture.top() + picture.height() / 3 <= top and bottom <= picture.bottom() + 1, (top, bottom, picture)


def test_the_code_is_drawn_in_a_pair_the_theme_keeps_legible():
    assert worst_contrast(DEFAULT_THEME.on_brand, DEFAULT_THEME.brand, 1.0) >= LEGIBLE
