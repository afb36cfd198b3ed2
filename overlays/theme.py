"""One look for every graphic: brand colour, accent, text colours, font family, corner radius."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

COLOURS = ("brand", "accent", "surface", "ink", "muted", "on_brand")


@dataclass(frozen=True)
class Theme:
    brand: str = "#6c2bd9"  # bands, price, bars
    accent: str = "#ff4f6d"  # discount, low stock, "Sold!"
    surface: str = "#ffffff"  # card background
    ink: str = "#16161d"  # main text on the surface
    muted: str = "#6e6e80"  # secondary text, struck prices
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


DEFAULT_THEME = Theme()
