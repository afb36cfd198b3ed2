"""The options on the card: sold-out values struck, and a long list shrinks, then wraps, then elides."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont

from overlays.fonts import font
from overlays.option_choices import OptionChoice, laid_out
from overlays.product_card import render_product_card
from tests.overlays.test_upright import full_card

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
