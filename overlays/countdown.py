"""The flash-sale countdown: mm:ss to the end, with the sale price; at zero, "Sale ended".

The text changes once a second, so the compositor asks for a render only when
`seconds_left` changes (see `CountdownView.seconds_left`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.placement import Anchor, Placement
from overlays.text import draw_lines, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

WIDTH, HEIGHT = 420, 150


@dataclass(frozen=True)
class CountdownView:
    label: str  # "Flash sale"
    sale_price_text: str
    ends_at: float  # seconds on the caller's clock
    ended_text: str = "Sale ended"

    def seconds_left(self, now: float) -> int:
        return max(0, math.ceil(self.ends_at - now))


def clock_text(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{seconds:02d}"


def render_countdown(view: CountdownView, now: float, canvas_width: int, canvas_height: int,
                     theme: Theme = DEFAULT_THEME, placement: Placement = Placement(Anchor.TOP_RIGHT)) -> OverlayImage:
    left = view.seconds_left(now)

    def draw(painter: QPainter, box: QRectF) -> None:
        label_font = font(theme.font_family, 24, QFont.Weight.DemiBold)
        big_font = font(theme.font_family, 64, QFont.Weight.Bold)
        inner = box.adjusted(24, 16, -24, -16)
        label_height = line_height(label_font)
        top_line = view.label if left else view.ended_text
        draw_lines(painter, wrapped_lines(top_line, label_font, inner.width(), 1), label_font,
                   QRectF(inner.left(), inner.top(), inner.width(), label_height), QColor(theme.on_brand))
        body = QRectF(inner.left(), inner.top() + label_height, inner.width(), inner.height() - label_height)
        if left:
            draw_lines(painter, [clock_text(left)], big_font, QRectF(body.left(), body.top(), body.width() * 0.55,
                       line_height(big_font)), QColor(theme.on_brand))
            price_font = font(theme.font_family, 34, QFont.Weight.Bold)
            draw_lines(painter, wrapped_lines(view.sale_price_text, price_font, body.width() * 0.45, 1), price_font,
                       QRectF(body.left() + body.width() * 0.55, body.top() + 12, body.width() * 0.45,
                              line_height(price_font)), QColor(theme.on_brand), Qt.AlignmentFlag.AlignRight)

    fill = theme.accent if left else theme.muted
    return render_panel(WIDTH, HEIGHT, canvas_width, canvas_height, theme, placement, draw, fill=fill)
