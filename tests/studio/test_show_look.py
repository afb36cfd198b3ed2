"""The Graphics and Shop settings on stream: the theme colour, the logo top left from the first
frame, and the shop's checkout link in the QR of a product without its own."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from media.blend import blend_onto
from resources import resource_path
from studio.demo_catalog import demo_products
from studio.setting_store import save_settings
from studio.show_defaults import show_look
from studio.show_overlays import ShowOverlays

W, H = 1280, 720
CHECKOUT = "https://shop.example/checkout"


@pytest.fixture
def catalog(tmp_path, qapp):
    return demo_products(tmp_path / "images")


def frame_at(overlays: ShowOverlays, moment: float) -> np.ndarray:
    frame = np.full((H, W, 3), (90, 60, 40), np.uint8)
    for overlay in overlays(moment):
        blend_onto(frame, overlay)
    return frame


def test_the_stored_look_reaches_the_stream(db, catalog):
    logo = resource_path("demo/images/mug.png")
    save_settings(db, {"theme_colour": "#00ff00", "logo": str(logo), "checkout_url": CHECKOUT})
    look = show_look(db)
    assert look.theme.brand == "#00ff00" and look.logo == str(logo.resolve()) and look.checkout_url == CHECKOUT
    overlays = ShowOverlays(W, H, "en_US", catalog, look=look)
    assert len(overlays(0.0)) == 1  # the logo, before anything is pinned
    drawn = (frame_at(overlays, 0.0) != (90, 60, 40)).any(axis=2)
    assert drawn[: H // 5, : W // 5].mean() > 0.05 and drawn[H // 5:].sum() == 0 and drawn[:, W // 2:].sum() == 0
    overlays.pin(replace(catalog[0], checkout_url=None), at=0.0)
    frame = frame_at(overlays, 1.0)
    assert cv2.QRCodeDetector().detectAndDecode(frame)[0] == CHECKOUT
    green = (frame[..., 1] > 200) & (frame[..., 0] < 60) & (frame[..., 2] < 60)
    assert green.sum() > 500  # the brand colour's band and price


def test_a_product_with_its_own_link_keeps_it_and_no_logo_is_drawn_by_default(db, catalog):
    overlays = ShowOverlays(W, H, "en_US", catalog, look=show_look(db))
    assert overlays(0.0) == []
    overlays.pin(catalog[0], at=0.0)
    assert cv2.QRCodeDetector().detectAndDecode(frame_at(overlays, 1.0))[0] == catalog[0].checkout_url
