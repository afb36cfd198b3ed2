from __future__ import annotations

import pytest

from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge
from tests.overlays.conftest import CANVAS, assert_matches_golden, composite
from tests.qr_reading import read_qr

URL = "https://shop.example.com/cart/add?id=40213&qty=1&utm_source=live&utm_campaign=summer-sale-2026"


def test_the_badge_looks_as_designed():
    assert_matches_golden("qr_badge", render_qr_badge(QrBadgeView(URL), *CANVAS).pixels)


@pytest.mark.parametrize("canvas", [(1280, 720), (1920, 1080), (960, 540)])
def test_the_code_decodes_back_to_the_link_at_every_canvas_size(canvas):
    badge = render_qr_badge(QrBadgeView(URL), *canvas)
    frame = composite([badge], canvas=canvas)
    assert read_qr(frame) == URL


@pytest.mark.parametrize("url", ["", "https://shop.example.com/" + "x" * 5000, "https://shop.example.com/\ud800"])
def test_no_link_or_one_that_cannot_be_encoded_shows_no_badge_and_no_empty_frame_on_the_card(url):
    assert render_qr_badge(QrBadgeView(url), *CANVAS) is None
    card = render_product_card(ProductCardView("Mug", "$5", "Comment SOLD A1", checkout_url=url), *CANVAS)
    without = render_product_card(ProductCardView("Mug", "$5", "Comment SOLD A1"), *CANVAS)
    assert (card.pixels == without.pixels).all()  # the text column takes the room, no "Scan to buy" over nothing
