"""Text from outside (product titles, chat) draws as plain text and stays inside its box."""

from __future__ import annotations

import pytest

from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.poll import PollOption, PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.sold_burst import SoldBurstView, render_sold_burst
from overlays.text import is_right_to_left, plain, wrapped_lines
from overlays.ticker import PriceTicker, TickerItem
from tests.overlays.conftest import CANVAS

HOSTILE = {
    "very long": "Linen " * 2000,
    "empty": "",
    "newlines": "line one\nline two\r\n\n\nline three",
    "controls": "bell\x07 null\x00 escape\x1b[31m red \u202eevil\u202c",
    "arabic": "فستان كتان صيفي بجيوب جانبية",
    "hebrew": "שמלת פשתן לקיץ עם כיסים",
    "emoji": "🔥🔥 SALE 🛍️👗✨ " * 20,
    "cyrillic": "Льняное летнее платье с карманами",
    "cjk": "夏季亚麻连衣裙，带侧袋" * 30,
    "html": "<b>bold</b> <script>alert(1)</script> &amp; <img src=x>",
}


def renders(text: str):
    return {
        "card": lambda: render_product_card(ProductCardView(text, text, text, text, text, text, True,
                                                            "https://shop.example.com/" + text[:50], None), *CANVAS),
        "question": lambda: render_featured_question(FeaturedQuestionView(text, text), *CANVAS),
        "lower third": lambda: render_lower_third(LowerThirdView(text, text), *CANVAS),
        "poll": lambda: render_poll(PollView(text, (PollOption("1", text, 3), PollOption("2", text, 1))), *CANVAS),
        "giveaway": lambda: render_giveaway(GiveawayView(text, text, text, winner=text or None), *CANVAS),
        "sold": lambda: render_sold_burst(SoldBurstView(text, text), 0.8, *CANVAS),
        "ticker": lambda: PriceTicker([TickerItem(text, text, text)], *CANVAS).frame(1.0),
    }


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_renders_inside_the_canvas_and_the_box_does_not_grow(kind):
    for name, render in renders(HOSTILE[kind]).items():
        overlay = render()
        normal = renders("Short text")[name]()
        assert overlay.x >= 0 and overlay.y >= 0, name
        assert overlay.x + overlay.width <= CANVAS[0] and overlay.y + overlay.height <= CANVAS[1], name
        assert overlay.width == normal.width, name
        assert overlay.height <= normal.height * 3 + 1, name  # a question grows to its line limit, no further


def test_plain_text_drops_controls_and_flattens_lines():
    assert plain(HOSTILE["controls"]) == "bell null escape [31m red evil"
    assert plain(HOSTILE["newlines"]) == "line one line two line three"


def test_markup_stays_text():
    from PySide6.QtGui import QFont

    lines = wrapped_lines(HOSTILE["html"], QFont("Inter", 20), 5000, 1)
    assert lines == ["<b>bold</b> <script>alert(1)</script> &amp; <img src=x>"]


def test_right_to_left_text_is_recognised():
    assert is_right_to_left(HOSTILE["arabic"]) and is_right_to_left(HOSTILE["hebrew"])
    assert not is_right_to_left(HOSTILE["cyrillic"]) and not is_right_to_left("123 abc")


def test_a_long_title_wraps_to_two_lines_and_elides():
    from overlays.fonts import font

    lines = wrapped_lines(HOSTILE["very long"], font("Inter", 30), 400, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
