"""Longer languages and currencies shrink a line to fit before anything of it is elided."""

from __future__ import annotations

from PySide6.QtGui import QFont

from overlays.countdown import CountdownView, render_countdown
from overlays.fonts import font
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.product_card import render_product_card
from overlays.text import fitted, text_width
from tests.overlays.conftest import CANVAS, assert_matches_golden
from tests.overlays.test_product_card import card


def test_a_line_too_wide_is_made_smaller_until_it_fits_and_no_smaller_than_asked():
    big = font("Inter", 44, QFont.Weight.Bold)
    text = "Digite GANHE para participar"
    assert fitted("WIN", big, 500, 26) is big  # it fits: untouched
    smaller = fitted(text, big, 500, 26)
    assert 26 <= smaller.pixelSize() < 44 and text_width(text, smaller) <= 500
    assert fitted(text * 3, big, 500, 26).pixelSize() == 26  # past the smallest size, the line is elided


def test_a_flash_sale_card_in_reais_keeps_its_price_struck_price_and_discount_whole():
    view = card(price_text="US$\u00a019,90", compare_at_text="US$\u00a024,00", discount_text="-17%",
                comment_text="Comente QUERO A2", qr_caption="Escaneie para comprar", stock_text=None)
    assert_matches_golden("product_card_long_prices", render_product_card(view, *CANVAS).pixels)


def test_a_countdown_and_a_giveaway_in_portuguese_fit_their_panels():
    countdown = render_countdown(CountdownView("Oferta relâmpago", "US$\u00a019,90", 51.0), 0.0, *CANVAS)
    giveaway = render_giveaway(GiveawayView("Kit de café", "Digite GANHE para participar", "12 participantes"), *CANVAS)
    assert_matches_golden("countdown_long_price", countdown.pixels)
    assert_matches_golden("giveaway_long_language", giveaway.pixels)


def test_a_giveaway_line_too_long_even_at_its_smallest_takes_two_lines_whole():
    from overlays.giveaway import _lay_out

    text = "Напишите ВЫИГРАТЬ, чтобы участвовать"
    lines, chosen = _lay_out(text, font("Inter", 44, QFont.Weight.Bold), 512, big=True)
    assert len(lines) == 2 and " ".join(lines) == text and chosen.pixelSize() == 26
    assert _lay_out("Type WIN to enter", font("Inter", 44, QFont.Weight.Bold), 512, big=True)[0] == ["Type WIN to enter"]
