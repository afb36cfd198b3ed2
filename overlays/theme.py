"""One look for every graphic: brand colour, accent, text colours, font family, corner radius."""

from __future__ import annotations

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

    def _check_legible(self) -> None:
        """Every text colour keeps 4.5:1 against the panel it is drawn on, over any picture."""
        pairs = [(name, "surface", self.surface_opacity) for name in ("ink", "muted", "brand")]
        pairs += [("on_brand", name, 1.0) for name in ("brand", "accent", "muted")]
        for text, panel, opacity in pairs:
            ratio = worst_contrast(getattr(self, text), getattr(self, panel), opacity)
            if ratio < LEGIBLE:
                raise ValueError(f"theme {text} on {panel}: {getattr(self, text)} on {getattr(self, panel)} has a "
                                 f"contrast of {ratio:.1f}:1 over some pictures; at least {LEGIBLE}:1 is needed")


DEFAULT_THEME = Theme()
