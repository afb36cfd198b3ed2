"""One look for every graphic: brand colour, accent, text colours, font family, corner radius."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QColor

from overlays.contrast import LEGIBLE, worst_contrast

COLOURS = ("brand", "accent", "surface", "ink", "muted", "on_brand")


@dataclass(frozen=True)
class Theme:
    brand: str = "#6c2bd9"  # bands, price, bars
    accent: str = "#d81b4a"  # discount, low stock, "Sold!" (white on it: 5.0:1)
    surface: str = "#ffffff"  # card background
    ink: str = "#16161d"  # main text on the surface
    muted: str = "#64647a"  # secondary text, struck prices (on the surface over black: 5.3:1)
    on_brand: str = "#ffffff"  # text on brand and accent colours
    font_family: str = "Inter"
    corner_radius: float = 18.0  # at 1080p, scaled with the canvas
    surface_opacity: float = 0.96

    def __post_init__(self) -> None:
        """A theme comes from the user's settings: a typo is said, not drawn black."""
        for name in COLOURS:
            value = getattr(self, name)
            if not isinstance(value, str) or not QColor.isValidColorName(value):
                raise ValueError(f"theme {name}: {value!r} is not a colour (write it as #rrggbb)")
        if not self.font_family.strip():
            raise ValueError("theme font_family is empty")
        if not 0 <= self.corner_radius <= 100:
            raise ValueError(f"theme corner_radius: {self.corner_radius} is not between 0 and 100 pixels")
        if not 0 <= self.surface_opacity <= 1:
            raise ValueError(f"theme surface_opacity: {self.surface_opacity} is not between 0 and 1")
        self._check_legible()

    def colours(self) -> dict[str, str]:
        """Each colour by its name in COLOURS."""
        return {name: getattr(self, name) for name in COLOURS}

    def _check_legible(self) -> None:
        """Every text colour keeps 4.5:1 against the panel it is drawn on, over any picture."""
        failing = illegible_pair(self.colours(), self.surface_opacity)
        if failing is not None:
            text, panel = getattr(self, failing.text), getattr(self, failing.panel)
            raise ValueError(f"theme {failing.text} on {failing.panel}: {text} on {panel} has a contrast of "
                             f"{failing.ratio:.1f}:1 over some pictures; at least {LEGIBLE}:1 is needed")


@dataclass(frozen=True)
class IllegiblePair:
    """A text colour and the panel it is drawn on (their names in COLOURS) that fall short of 4.5:1."""

    text: str
    panel: str
    ratio: float  # the lowest contrast over any picture


def illegible_pair(colours: Mapping[str, str], surface_opacity: float) -> IllegiblePair | None:
    """The first text colour of a theme's `colours` that does not keep 4.5:1 on its panel, or None."""
    pairs = [(name, "surface", surface_opacity) for name in ("ink", "muted", "brand")]
    pairs += [("on_brand", name, 1.0) for name in ("brand", "accent", "muted")]
    for text, panel, opacity in pairs:
        ratio = worst_contrast(colours[text], colours[panel], opacity)
        if ratio < LEGIBLE:
            return IllegiblePair(text, panel, ratio)
    return None


DEFAULT_THEME = Theme()
