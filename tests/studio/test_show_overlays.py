"""The show's graphics fade in and out and scroll, as the compositor asks for them frame by frame."""

from __future__ import annotations

import numpy as np
import pytest

from media.blend import blend_onto
from studio.demo_catalog import demo_products
from studio.show_overlays import ShowOverlays

W, H = 1280, 720


@pytest.fixture
def catalog(tmp_path, qapp):
    return demo_products(tmp_path / "images")


def card_pixel(overlays: ShowOverlays, moment: float) -> np.ndarray:
    frame = np.zeros((H, W, 3), np.uint8)
    for overlay in overlays(moment):
        blend_onto(frame, overlay)
    return frame[H - 150, 300].astype(int)  # inside the card's body (the pale surface)


def test_pinning_fades_the_card_in_over_250_ms_and_unpinning_out(catalog):
    overlays = ShowOverlays(W, H, "en_US", catalog)
    assert overlays(0.0) == []
    overlays.pin(catalog[0], at=10.0)
    shown, half, start = card_pixel(overlays, 10.3), card_pixel(overlays, 10.125), card_pixel(overlays, 10.0)
    assert start.max() == 0 and shown.min() > 200
    assert np.allclose(half, shown / 2, atol=12)
    overlays.unpin(at=20.0)
    assert np.allclose(card_pixel(overlays, 20.125), shown / 2, atol=12)
    assert card_pixel(overlays, 20.3).max() == 0 and overlays(20.3) == []


def test_the_ticker_runs_while_a_product_is_pinned_and_moves(catalog):
    overlays = ShowOverlays(W, H, "en_US", catalog)
    overlays.pin(catalog[1], at=0.0)
    first, later = overlays(1.0), overlays(2.0)
    assert len(first) == 2
    assert not np.array_equal(first[1].colour, later[1].colour)  # the strip scrolled
    assert first[1].width == later[1].width


def test_an_empty_ticker_list_still_pins_the_card(tmp_path, qapp):
    overlays = ShowOverlays(W, H, "pt_BR", [])
    overlays.pin(demo_products(tmp_path / "img")[0], at=0.0)
    assert len(overlays(1.0)) == 1  # the card, no ticker without products


def test_a_featured_question_fades_in_beside_the_card_and_leaves_alone(catalog):
    overlays = ShowOverlays(W, H, "en_US", catalog)
    overlays.pin(catalog[0], at=0.0)
    overlays.feature_question("maria_k", "Does it come in olive?", at=1.0)
    assert len(overlays(1.0)) == 2 and len(overlays(1.3)) == 3  # card, ticker, then the question
    overlays.clear_question(at=2.0)
    assert len(overlays(2.3)) == 2
    overlays.unpin(at=3.0)
    overlays.feature_question("ana", "¿Hay talla M?", at=3.0)
    assert len(overlays(3.3)) == 1  # the question stays while the product goes


def test_the_card_tells_viewers_the_shops_own_keyword(catalog):
    sold, mine = ShowOverlays(W, H, "en_US", []), ShowOverlays(W, H, "en_US", [], keyword="MINE")
    for overlays in (sold, mine):
        overlays.pin(catalog[0], at=0.0)
    assert sold.keyword == "SOLD"
    assert not np.array_equal(sold._graphics["product_card"].image.pixels, mine._graphics["product_card"].image.pixels)


def test_an_upright_show_puts_the_card_across_the_width_on_the_ticker_and_the_question_at_the_top(catalog):
    width, height = 720, 1280
    overlays = ShowOverlays(width, height, "pt_BR", catalog)
    overlays.pin(catalog[0], at=0.0)
    overlays.feature_question("maria_k", "Tem no tamanho G?", at=0.0)
    card, ticker, question = overlays(1.0)
    assert (card.x, card.x + card.width) == (36, 684) and card.y + card.height <= ticker.y  # 5% each side
    assert ticker.y + ticker.height <= height * 0.88 and question.y == 128  # clear of the apps' bands
    frame = np.zeros((height, width, 3), np.uint8)
    for overlay in (card, ticker, question):
        blend_onto(frame, overlay)
    assert frame[:, width - 30 :].max() == 0  # nothing reaches the right edge any more
