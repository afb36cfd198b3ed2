"""Rendering a rounded panel overlay of a given size in layout units: the frame every simple graphic shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.placement import Placement, place
from overlays.shapes import rounded_panel
from overlays.theme import Theme

Drawer = Callable[[QPainter, QRectF], None]


def render_panel(width: float, height: float, canvas_width: int, canvas_height: int, theme: Theme,
                 placement: Placement, draw: Drawer, fill: str | None = None) -> OverlayImage:
    """A width x height (layout units) panel in the theme's surface colour, with `draw` painting
    its contents in layout units, scaled and placed on the canvas."""
    scale = scale_for(canvas_width, canvas_height)
    image = transparent_image(round(width * scale), round(height * scale))
    painter = begin_painter(image)
    painter.scale(scale, scale)
    colour = QColor(fill or theme.surface)
    if fill is None:
        colour.setAlphaF(theme.surface_opacity)
    box = QRectF(0, 0, width, height)
    rounded_panel(painter, box, colour, theme.corner_radius)
    draw(painter, box)
    painter.end()
    x, y = place(image.width(), image.height(), canvas_width, canvas_height, placement)
    return OverlayImage(to_bgra(image), x, y)
