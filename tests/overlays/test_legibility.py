"""The card's text keeps a WCAG contrast of at least 4.5:1 against its panel whatever picture is
behind it: composed over white, black and noise, measured at the panel's own pixels."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor

from media.blend import blend_onto, prepare_overlay
from overlays.contrast import LEGIBLE, contrast_ratio, relative_luminance, worst_contrast
from overlays.product_card import render_product_card
from overlays.theme import DEFAULT_THEME
from tests.overlays.test_upright import full_card


def bgr(name: str) -> np.ndarray:
    colour = QColor(name)
    return np.array([colour.blue(), colour.green(), colour.red()])


def backgrounds(width: int, height: int) -> dict[str, np.ndarray]:
    noise = np.random.default_rng(12).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return {"white": np.full((height, width, 3), 255, np.uint8), "black": np.zeros((height, width, 3), np.uint8),
            "noise": noise}


def luminance(pixels: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of BGR pixels."""
    value = pixels.astype(np.float64) / 255
    linear = np.where(value <= 0.04045, value / 12.92, ((value + 0.055) / 1.055) ** 2.4)
    return 0.0722 * linear[..., 0] + 0.7152 * linear[..., 1] + 0.2126 * linear[..., 2]


def lowest_contrast(text: np.ndarray, panel_pixels: np.ndarray) -> float:
    text_luminance = luminance(text.reshape(1, 3))[0]
    panel = luminance(panel_pixels)
    ratio = (np.maximum(panel, text_luminance) + 0.05) / (np.minimum(panel, text_luminance) + 0.05)
    return float(ratio.min())


def panels(overlay) -> dict[str, np.ndarray]:
    """Where each panel shows untouched in the card's own pixels (no text drawn on them)."""
    pixels, theme = overlay.pixels, DEFAULT_THEME
    alpha = round(theme.surface_opacity * 255)
    surface = (pixels[..., 3] == alpha) & np.all(np.abs(pixels[..., :3].astype(int) - alpha) <= 1, axis=-1)

    def opaque(name: str) -> np.ndarray:
        return (pixels[..., 3] == 255) & np.all(np.abs(pixels[..., :3].astype(int) - bgr(name)) <= 1, axis=-1)

    return {"surface": surface, "band": opaque(theme.brand), "urgent badge": opaque(theme.accent)}


TEXT_ON = {"surface": ("ink", "muted", "brand"), "band": ("on_brand",), "urgent badge": ("on_brand",)}


@pytest.mark.parametrize(("width", "height"), [(1080, 1920), (720, 1280), (1920, 1080)])
def test_the_cards_text_keeps_4_5_to_1_over_white_black_and_noise(width, height):
    card = render_product_card(full_card(), width, height)
    where = panels(card)
    assert all(mask.sum() > 500 for mask in where.values()), {name: int(mask.sum()) for name, mask in where.items()}
    for background_name, background in backgrounds(width, height).items():
        frame = background.copy()
        blend_onto(frame, prepare_overlay(card.pixels, card.x, card.y))
        seen = frame[card.y : card.y + card.height, card.x : card.x + card.width]
        for panel, texts in TEXT_ON.items():
            for text in texts:
                colour = bgr(getattr(DEFAULT_THEME, text))
                assert np.any(np.all(seen == colour, axis=-1)), f"no {text} text drawn"  # the colour is the text's
                ratio = lowest_contrast(colour, seen[where[panel]])
                assert ratio >= LEGIBLE, f"{text} on the {panel} over {background_name}: {ratio:.2f}:1"


def test_the_same_measure_finds_a_fainter_panel_illegible():
    """The check can fail: the card at 80% of its opacity over black leaves the muted text below 4.5:1."""
    card = render_product_card(full_card(), 1080, 1920)
    fainter = (card.pixels.astype(np.float32) * 0.8).astype(np.uint8)
    frame = np.zeros((1920, 1080, 3), np.uint8)
    blend_onto(frame, prepare_overlay(fainter, card.x, card.y))
    seen = frame[card.y : card.y + card.height, card.x : card.x + card.width]
    assert lowest_contrast(bgr(DEFAULT_THEME.muted), seen[panels(card)["surface"]]) < LEGIBLE


def test_contrast_follows_wcag():
    assert relative_luminance(255, 255, 255) == pytest.approx(1.0) and relative_luminance(0, 0, 0) == 0
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)  # #767676, the known 4.5
    assert worst_contrast("#16161d", "#ffffff", 1.0) == pytest.approx(contrast_ratio((22, 22, 29), (255, 255, 255)))
    assert worst_contrast("#64647a", "#ffffff", 0.96) < worst_contrast("#64647a", "#ffffff", 1.0)
