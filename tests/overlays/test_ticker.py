from __future__ import annotations

import numpy as np

from overlays.ticker import PriceTicker, TickerItem
from tests.overlays.conftest import CANVAS, assert_matches_golden

ITEMS = [TickerItem("Linen Summer Dress", "$59.00", "A1"), TickerItem("Ceramic Pour-Over Mug", "$24.00", "A2"),
         TickerItem("Classic Canvas Sneakers", "$45.00", "A3")]


def test_the_ticker_looks_as_designed():
    assert_matches_golden("ticker", PriceTicker(ITEMS, *CANVAS).frame(2.0).pixels)


def test_the_loop_is_seamless_its_end_meets_its_start():
    ticker = PriceTicker(ITEMS, *CANVAS)
    wrap = ticker.pixels[:, ticker.strip_width : ticker.strip_width + ticker.view_width]
    assert np.array_equal(wrap, ticker.pixels[:, : ticker.view_width])
    just_before = ticker.frame((ticker.strip_width - 1) / ticker.speed).pixels
    at_loop = ticker.frame(ticker.strip_width / ticker.speed).pixels
    assert np.array_equal(just_before[:, 1:], at_loop[:, :-1])  # one more pixel of travel, no jump


def test_scrolling_is_a_crop_of_one_render_not_a_new_image():
    ticker = PriceTicker(ITEMS, *CANVAS)
    first, later = ticker.frame(0.0), ticker.frame(1.5)
    assert np.shares_memory(first.pixels, ticker.pixels) and np.shares_memory(later.pixels, ticker.pixels)
    assert later.width == ticker.view_width
    assert ticker.offset(1.0) - ticker.offset(0.0) == int(ticker.speed)


def test_speed_is_in_1080p_pixels_so_both_sizes_travel_the_same_share_of_the_screen():
    small, large = PriceTicker(ITEMS, 1280, 720, speed=120), PriceTicker(ITEMS, 1920, 1080, speed=120)
    assert abs(small.speed / 1280 - large.speed / 1920) < 1e-9


def test_one_short_item_still_fills_the_strip():
    ticker = PriceTicker([TickerItem("Mug", "$1", "A1")], *CANVAS)
    text_columns = (ticker.pixels[..., :3].max(axis=2) > 200).any(axis=0)  # white text
    gaps = np.diff(np.flatnonzero(text_columns))
    assert gaps.max() < ticker.view_width / 2


def test_a_ten_thousand_character_item_is_shortened_not_scrolled_for_minutes():
    text = "Linen " * 1700
    ticker = PriceTicker([TickerItem(text, text, text)], *CANVAS)
    assert ticker.strip_width / ticker.speed < 30  # seconds for the whole loop to pass
    assert TickerItem(text, "$1", "A1").label().split("  ·  ")[0].endswith("…")
