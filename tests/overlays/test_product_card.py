from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

from overlays.product_card import ProductCardView, render_product_card
from resources import resource_path
from tests.overlays.conftest import CANVAS, assert_matches_golden, composite
from tests.qr_reading import read_qr

URL = "https://shop.example.com/products/dress-linen"


def card(**changes) -> ProductCardView:
    fields = dict(
        title="Linen Summer Dress", price_text="$59.00", comment_text="Comment SOLD A1", compare_at_text="$79.00",
        discount_text="-25%", stock_text="Only 3 left", stock_urgent=True, checkout_url=URL,
        image_path=str(resource_path("demo", "images", "dress.png")),
    )
    fields.update(changes)
    return ProductCardView(**fields)


def test_the_card_looks_as_designed():
    assert_matches_golden("product_card", render_product_card(card(), *CANVAS).pixels)


def test_a_long_title_wraps_to_two_lines_and_a_sold_out_card_without_a_picture_still_looks_right():
    view = card(title="Handwoven Rattan Market Basket with Leather Handles and a Removable Cotton Lining",
                price_text="R$\u00a089,90", compare_at_text=None, discount_text=None, stock_text="Esgotado",
                comment_text="Comente SOLD B7", image_path=None, qr_caption="Escaneie para comprar")
    assert_matches_golden("product_card_sold_out", render_product_card(view, *CANVAS).pixels)


def test_the_qr_code_decodes_back_to_the_checkout_url():
    frame = composite([render_product_card(card(), *CANVAS)])
    decoded = read_qr(frame)
    assert decoded == URL


def test_the_card_is_the_same_size_at_720p_and_1080p_relative_to_the_canvas():
    small, large = render_product_card(card(), 1280, 720), render_product_card(card(), 1920, 1080)
    assert abs(large.width / 1920 - small.width / 1280) < 0.002
    assert abs(large.x / 1920 - small.x / 1280) < 0.002 and abs(large.y / 1080 - small.y / 720) < 0.002


def test_the_card_stands_inside_the_title_safe_area():
    overlay = render_product_card(card(), *CANVAS)
    assert overlay.x >= 0.05 * 1280 and overlay.x + overlay.width <= 0.95 * 1280
    assert overlay.y >= 0.05 * 720 and overlay.y + overlay.height <= 0.95 * 720


@pytest.mark.parametrize("image_path", [None, "/nowhere/missing.png", "https://cdn.example.com/x.jpg", "corrupt", "/tmp",
                                        "a\x00b.png", "x" * 5000 + ".png", "\ud800.png"])
def test_a_missing_or_corrupt_picture_gives_a_placeholder(tmp_path, image_path):
    if image_path == "corrupt":
        image_path = str(tmp_path / "broken.png")
        (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    pixels = render_product_card(card(image_path=image_path), *CANVAS).pixels
    picture = pixels[20:150, 20:150, :3]  # where the product picture goes
    assert picture.std() > 5  # the placeholder's bag, not an empty hole


def test_without_a_discount_or_checkout_link_those_parts_are_left_out():
    plain = render_product_card(card(compare_at_text=None, discount_text=None, checkout_url=None, stock_text=None), *CANVAS)
    frame = composite([plain])
    assert read_qr(frame) == ""
    accent = np.all(np.abs(plain.pixels[..., :3].astype(int) - (109, 79, 255)) < 30, axis=-1)  # theme accent, BGR
    assert accent.sum() == 0  # no discount pill, no urgent stock badge


def test_a_replaced_photo_shows_on_the_next_render(tmp_path):
    photo = tmp_path / "photo.png"
    colours = []
    for index, colour in enumerate(((0, 0, 255), (0, 255, 0))):
        cv2.imwrite(str(photo), np.full((300, 200, 3), colour, np.uint8))
        os.utime(photo, ns=(index * 10**9, index * 10**9))  # a new modification time, however fast the disk
        pixels = render_product_card(card(image_path=str(photo)), *CANVAS).pixels
        colours.append(tuple(int(value) for value in pixels[80, 80, :3]))  # the middle of the picture
    assert colours == [(0, 0, 255), (0, 255, 0)]


def test_a_card_rendered_off_the_gui_thread_is_the_same_card():
    """The studio may render on a worker so the window never waits; QPainter on a QImage allows it."""
    from concurrent.futures import ThreadPoolExecutor

    view = card(checkout_url=URL + "?thread=1")  # a link not yet encoded: the cache fills on the worker
    with ThreadPoolExecutor(max_workers=2) as pool:
        off_thread = list(pool.map(lambda _: render_product_card(view, *CANVAS).pixels, range(4)))
    on_thread = render_product_card(view, *CANVAS).pixels
    assert all(np.array_equal(pixels, on_thread) for pixels in off_thread)
