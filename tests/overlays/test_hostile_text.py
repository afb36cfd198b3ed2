"""Text from outside (product titles, chat) draws as plain text and stays inside its box."""

from __future__ import annotations

import numpy as np
import pytest

from overlays import product_card
from overlays.card_layout import card_layout
from overlays.countdown import CountdownView, render_countdown
from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.option_choices import OptionChoice
from overlays.poll import PollOption, PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge
from overlays.sold_burst import SoldBurstView, render_sold_burst
from overlays.text import is_right_to_left, plain, wrapped_lines
from overlays.ticker import PriceTicker, TickerItem
from resources import resource_path
from tests.overlays.conftest import CANVAS, composite
from tests.qr_reading import read_qr

EDGE = 6  # pixels at 720p: inside every panel's padding, where no text may reach
URL = "https://shop.example.com/products/dress-linen"

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
    "half a surrogate pair": "broken \ud800 import",
    "stacked accents": "Z\u0336\u0301\u0300\u0308" * 300,
    "invisible": "\u200b\ufeff\u2028\u2029\u00ad" * 50,
}


UPRIGHT = (720, 1280)


def renders(text: str, canvas: tuple[int, int] = CANVAS, link_text: str | None = None):
    """Every graphic showing `text`; the card's link ends in `link_text` (by default the text itself)."""
    options = ((OptionChoice(text), OptionChoice(text, in_stock=False), OptionChoice("M")), (OptionChoice(text),))
    link = "https://shop.example.com/" + (text if link_text is None else link_text)[:50]
    return {
        "card": lambda: render_product_card(ProductCardView(text, text, text, text, text, text, True, link, None,
                                                            text, options), *canvas),
        "question": lambda: render_featured_question(FeaturedQuestionView(text, text), *canvas),
        "lower third": lambda: render_lower_third(LowerThirdView(text, text), *canvas),
        "poll": lambda: render_poll(PollView(text, (PollOption("1", text, 3), PollOption("2", text, 1))), *canvas),
        "giveaway": lambda: render_giveaway(GiveawayView(text, text, text, winner=text or None), *canvas),
        "sold": lambda: render_sold_burst(SoldBurstView(text, text), 0.8, *canvas),
        "countdown": lambda: render_countdown(CountdownView(text, text, 60.0), 0.0, *canvas),
        "countdown ended": lambda: render_countdown(CountdownView(text, text, 60.0, ended_text=text), 61.0, *canvas),
        "qr badge": lambda: render_qr_badge(QrBadgeView(URL, caption=text), *canvas),
        "ticker": lambda: PriceTicker([TickerItem(text, text, text)], *canvas).frame(1.0),
    }


@pytest.mark.parametrize("canvas", [CANVAS, UPRIGHT])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_renders_inside_the_canvas_and_the_box_does_not_grow(kind, canvas):
    for name, render in renders(HOSTILE[kind], canvas).items():
        overlay = render()
        normal = renders("Short text", canvas)[name]()
        assert overlay.x >= 0 and overlay.y >= 0, name
        assert overlay.x + overlay.width <= canvas[0] and overlay.y + overlay.height <= canvas[1], name
        assert overlay.width == normal.width, name
        assert overlay.height <= normal.height * 3 + 1, name  # a question grows to its line limit, no further


def edges(pixels: np.ndarray, height: int, corner: int) -> list[np.ndarray]:
    """The panel's top band and its left and right bands down to `height` less the bottom corner."""
    rows = height - corner
    return [pixels[:EDGE], pixels[:rows, :EDGE], pixels[:rows, -EDGE:]]


@pytest.mark.parametrize("canvas", [CANVAS, UPRIGHT])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_never_reaches_the_panel_edges(kind, canvas):
    # the blank card keeps the hostile card's link: one that can be no code (half a surrogate pair)
    # leaves a card without one, whose text and band take the code's place
    blank = renders("", canvas, link_text=HOSTILE[kind])
    for name, render in renders(HOSTILE[kind], canvas).items():
        if name == "ticker":
            continue  # a strip of its own height: nothing to reach
        overlay, reference = render(), blank[name]()
        height = min(overlay.height, reference.height)
        for band, expected in zip(edges(overlay.pixels, height, 14), edges(reference.pixels, height, 14)):
            assert np.array_equal(band, expected), f"{name}: text drawn over the panel's edge"


@pytest.mark.parametrize("kind", list(HOSTILE))
@pytest.mark.parametrize("canvas", [CANVAS, UPRIGHT])
def test_hostile_text_leaves_the_cards_picture_and_qr_code_alone(kind, canvas):
    upright = canvas[1] > canvas[0]

    def card(text: str):
        discount = "-25%" if upright else text  # upright the discount stands on the picture's corner
        view = product_card.ProductCardView(text, text, text, text, discount, text, True, URL,
                                            str(resource_path("demo", "images", "dress.png")), text,
                                            ((OptionChoice(text), OptionChoice(text, in_stock=False)),))
        return render_product_card(view, *canvas)

    hostile, normal = card(HOSTILE[kind]), card("Short text")
    layout = card_layout(URL, True, *canvas)
    scale = min(canvas) / 1080
    qr = layout.qr.adjusted(0, 0, 0, -layout.qr.height() + layout.qr.width())  # the code, not its caption
    for box in (layout.picture.adjusted(1, 1, -1, -1), qr.adjusted(1, 1, -1, -1)):  # inside: edges fall on pixels
        region = np.s_[round(box.top() * scale):round(box.bottom() * scale), round(box.left() * scale):round(box.right() * scale)]
        assert np.array_equal(hostile.pixels[region], normal.pixels[region])
    assert read_qr(composite([hostile], canvas=canvas)) == URL


def ink_columns(text: str) -> np.ndarray:
    """Columns of the lower third's name line where `text` left ink (compared with no name)."""
    named, blank = (render_lower_third(LowerThirdView(name), *CANVAS).pixels for name in (text, ""))
    changed = np.abs(named.astype(int) - blank.astype(int)).max(axis=2) > 60
    return np.flatnonzero(changed.any(axis=0))


def test_cyrillic_and_accented_latin_are_drawn_not_dropped():
    assert ink_columns(HOSTILE["cyrillic"]).size > 200 and ink_columns("Joana Gonçalves Ñúñez").size > 100


def test_right_to_left_names_start_at_the_right():
    width = render_lower_third(LowerThirdView("x"), *CANVAS).width
    assert ink_columns(HOSTILE["hebrew"]).max() > width * 0.85
    assert ink_columns("Ana Souza").max() < width * 0.5


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
