"""One look for every graphic: brand colour, accent, text colours, font family, corner radius."""

from __future__ import annotations

from dataclasses import dataclass


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


DEFAULT_THEME = Theme()
