"""The options on the card: sold-out values struck, and a long list shrinks, then wraps, then
elides; in the upright card's room, one line at full size, then two at the smallest."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from overlays.card_layout import card_layout
from overlays.fonts import font
from overlays.option_choices import OptionChoice, fitted_choices, laid_out
from overlays.placement import UPRIGHT_CARD_ROOM
from overlays.product_card import render_product_card
from overlays.text import line_height
from tests.overlays.test_upright import OPTIONS, URL, full_card

BASE = 34


def texts(lines) -> list[str]:
    return ["".join(piece.text for piece in line) for line in lines]


def lay(options, width=600, lines=2):
    return laid_out(options, font("Inter", BASE, QFont.Weight.DemiBold), 26, width, lines)


def values(*names: str, out: tuple[str, ...] = ()) -> tuple[OptionChoice, ...]:
    return tuple(OptionChoice(name, name not in out) for name in names)


def test_each_option_takes_a_line_and_sold_out_values_are_struck():
    chosen, lines = lay((values("P", "M", "G", out=("G",)), values("Branco", "Preto")))
    assert chosen.pixelSize() == BASE and texts(lines) == ["P · M · G", "Branco · Preto"]
    assert [piece.text for piece in lines[0] if piece.struck] == ["G"]


def test_a_long_list_first_shrinks_on_its_line():
    sizes = values(*(str(size) for size in range(34, 45)))
    chosen, lines = lay((sizes,))
    assert 26 <= chosen.pixelSize() < BASE and len(lines) == 1 and texts(lines)[0].endswith("44")


def test_then_wraps_at_its_smallest_size():
    sizes = values(*(str(size) for size in range(30, 52)))
    chosen, lines = lay((sizes,))
    assert chosen.pixelSize() == 26 and len(lines) == 2
    assert " · ".join(texts(lines)) == " · ".join(str(size) for size in range(30, 52))  # nothing lost, nothing cut


def test_then_elides_the_last_line():
    colours = values(*(f"Colour {index}" for index in range(40)))
    _, lines = lay((colours,))
    assert len(lines) == 2 and texts(lines)[-1].endswith(" · …")
    _, one = lay((values("S", "M"), values("Red", "Blue"), values("Cotton", "Linen")), lines=1)
    assert texts(one) == ["S · M  /  Red · Blue  /  Cotton · Linen"]  # more options than lines run on


def test_a_value_longer_than_the_line_is_elided_and_empty_ones_are_left_out():
    _, lines = lay((values("x" * 5000, "", "   ", "M"),), width=300)
    assert texts(lines)[0].endswith("…") and texts(lines)[1] == "M"
    assert lay(((),))[1] == [] and lay((values("M"),), lines=0)[1] == []
    _, last = lay((values("S"), values("y" * 5000, "M", out=("y" * 5000,)), values("Red")), width=300)
    assert texts(last)[1].startswith("yyy") and texts(last)[1].endswith("…")  # cut itself, not dropped for a bare "…"
    assert last[1][0].struck


def test_the_card_strikes_the_sold_out_value_in_the_muted_colour():
    shown = render_product_card(full_card(options=(values("P", "M", "G"),)), 1080, 1920).pixels
    struck = render_product_card(full_card(options=(values("P", "M", "G", out=("G",)),)), 1080, 1920).pixels
    changed = np.abs(shown.astype(int) - struck.astype(int)).max(axis=2) > 40
    assert changed.sum() > 100
    muted = np.all(np.abs(struck[..., :3].astype(int) - (0x7A, 0x64, 0x64)) <= 2, axis=-1)
    assert (changed & muted).sum() > 50  # the struck value is drawn in the muted colour


def fit(options, height, width=600):
    """In a box one line high at BASE, two high only at the smallest size (the upright card's)."""
    return fitted_choices(options, font("Inter", BASE, QFont.Weight.DemiBold), 26, QRectF(0, 0, width, height), 2)


def two_lines_at_smallest() -> float:
    return 2 * line_height(font("Inter", 26, QFont.Weight.DemiBold))


def test_a_box_for_one_full_line_keeps_a_short_list_on_it_at_full_size():
    chosen, lines = fit((values("P", "M", "G"), values("Branco", "Preto")), two_lines_at_smallest())
    assert chosen.pixelSize() == BASE and texts(lines) == ["P · M · G  /  Branco · Preto"]


def test_a_longer_list_shrinks_on_its_one_line_first():
    sizes, colours = values("PP", "P", "M", "G", "GG"), values("Branco", "Preto", "Azul")
    chosen, lines = fit((sizes, colours), two_lines_at_smallest())
    assert 26 <= chosen.pixelSize() < BASE
    assert texts(lines) == ["PP · P · M · G · GG  /  Branco · Preto · Azul"]


def test_then_wraps_to_two_lines_at_the_size_two_lines_fit():
    sizes = values("PP", "P", "M", "G", "GG", "XG", "XXG")
    colours = values("Branco", "Preto", "Azul-marinho", "Vermelho", out=("Vermelho",))
    height = two_lines_at_smallest()
    chosen, lines = fit((sizes, colours), height)
    assert chosen.pixelSize() == 26 and len(lines) * line_height(chosen) <= height
    assert texts(lines) == ["PP · P · M · G · GG · XG · XXG", "Branco · Preto · Azul-marinho · Vermelho"]
    numbers = values(*(str(size) for size in range(30, 52)))
    _, wrapped = fit((numbers,), height)
    assert " · ".join(texts(wrapped)) == " · ".join(str(size) for size in range(30, 52))  # one option, two lines


def test_and_elides_what_two_lines_cannot_hold():
    colours = values(*(f"Colour {index}" for index in range(40)))
    chosen, lines = fit((colours,), two_lines_at_smallest())
    assert chosen.pixelSize() == 26 and len(lines) == 2 and texts(lines)[-1].endswith(" · …")
    _, low = fit((colours,), line_height(font("Inter", BASE, QFont.Weight.DemiBold)))
    assert len(low) == 1 and texts(low)[0].endswith(" · …")  # no room for two lines: one, elided


def test_the_upright_card_wraps_a_long_list_inside_its_own_room():
    long_options = (values("PP", "P", "M", "G", "GG", "XG", "XXG", "G1", "G2"),
                    values("Branco", "Preto", "Azul-marinho", "Vermelho", "Verde-oliva"))
    for width, height in ((1080, 1920), (720, 1280)):
        layout = card_layout(URL, True, width, height)
        room = QRectF(layout.price.left(), layout.options_top, layout.price.width(),
                      layout.options_bottom - layout.options_top)
        base = font("Inter", layout.type.options_px, QFont.Weight.DemiBold)
        chosen, lines = fitted_choices(long_options, base, layout.type.smallest_options_px, room,
                                       layout.type.option_lines)
        assert chosen.pixelSize() == layout.type.smallest_options_px and len(lines) == 2
        assert texts(lines) == ["PP · P · M · G · GG · XG · XXG · G1 · G2",
                                "Branco · Preto · Azul-marinho · Vermelho · Verde-oliva"]
        assert room.bottom() <= layout.body_height and layout.height == UPRIGHT_CARD_ROOM  # the band stays clear
        short = fitted_choices(OPTIONS, base, layout.type.smallest_options_px, room, layout.type.option_lines)
        assert short[0].pixelSize() == layout.type.options_px and len(short[1]) == 1
