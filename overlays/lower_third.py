"""The lower third: the presenter's name and a line of text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.placement import ABOVE_TICKER, Anchor, Placement, Placements
from overlays.shapes import rounded_panel
from overlays.text import draw_lines, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

WIDTH, HEIGHT, STRIPE = 720, 120, 12
PLACEMENTS = Placements(Placement(Anchor.BOTTOM_RIGHT, lift=ABOVE_TICKER), Placement(Anchor.BOTTOM, lift=ABOVE_TICKER))


@dataclass(frozen=True)
class LowerThirdView:
    name: str
    line: str = ""


def render_lower_third(view: LowerThirdView, canvas_width: int, canvas_height: int, theme: Theme = DEFAULT_THEME,
                       placement: Placement | None = None) -> OverlayImage:
    def draw(painter: QPainter, box: QRectF) -> None:
        rounded_panel(painter, QRectF(0, 0, STRIPE * 2, box.height()), QColor(theme.brand), theme.corner_radius / 2)
        inner = box.adjusted(STRIPE * 2 + 20, 14, -24, -14)
        name_font = font(theme.font_family, 40, QFont.Weight.Bold)
        line_font = font(theme.font_family, 26)
        name_height = line_height(name_font)
        draw_lines(painter, wrapped_lines(view.name, name_font, inner.width(), 1), name_font,
                   QRectF(inner.left(), inner.top(), inner.width(), name_height), QColor(theme.ink))
        draw_lines(painter, wrapped_lines(view.line, line_font, inner.width(), 1), line_font,
                   QRectF(inner.left(), inner.top() + name_height, inner.width(), line_height(line_font)),
                   QColor(theme.muted))

    return render_panel(WIDTH, HEIGHT, canvas_width, canvas_height, theme,
                        placement or PLACEMENTS.on(canvas_width, canvas_height), draw)
