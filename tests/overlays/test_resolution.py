"""A show at 720p and one at 1080p carry the same graphics: same place, same size, same look."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from overlays.countdown import CountdownView, render_countdown
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.poll import PollOption, PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge
from resources import resource_path

GRAPHICS = {
    "card": lambda w, h: render_product_card(ProductCardView(
        "Linen Summer Dress", "$59.00", "Comment SOLD A1", "$79.00", "-25%", "Only 3 left", True, None,
        str(resource_path("demo", "images", "dress.png"))), w, h),
    "countdown": lambda w, h: render_countdown(CountdownView("Flash sale", "$19.99", 125.0), 0.0, w, h),
    "lower third": lambda w, h: render_lower_third(LowerThirdView("Ana Souza", "Live from Lisbon"), w, h),
    "poll": lambda w, h: render_poll(PollView("Which colour?", (PollOption("1", "Sand", 3), PollOption("2", "Olive", 5))), w, h),
    "giveaway": lambda w, h: render_giveaway(GiveawayView("Giveaway", "Type WIN to enter", "128 entries"), w, h),
    "qr badge": lambda w, h: render_qr_badge(QrBadgeView("https://shop.example.com/p/1"), w, h),
}


@pytest.mark.parametrize("name", list(GRAPHICS))
def test_1080p_scaled_down_looks_like_720p(name):
    small, large = GRAPHICS[name](1280, 720), GRAPHICS[name](1920, 1080)
    assert abs(small.x - large.x / 1.5) <= 1 and abs(small.y - large.y / 1.5) <= 1
    assert abs(small.width - large.width / 1.5) <= 1 and abs(small.height - large.height / 1.5) <= 1
    shrunk = cv2.resize(large.pixels, (small.width, small.height), interpolation=cv2.INTER_AREA)
    difference = np.abs(shrunk.astype(np.int16) - small.pixels.astype(np.int16))
    # Text is hinted to each size and QR modules end on whole pixels, so edges move a little (a
    # module's black-to-white edge most); shapes do not.
    assert difference.mean() < (8 if name == "qr badge" else 4), f"{name}: mean difference {difference.mean():.1f}"
