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
from overlays.placement import ABOVE_UPRIGHT_CARD, Anchor, Placement, Placements, is_upright
from overlays.text import draw_lines, fitted, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

WIDTH, UPRIGHT_WIDTH, HEIGHT = 420, 400, 150
# upright: above the card's place on the right, beside a giveaway: the sale is the card's
PLACEMENTS = Placements(Placement(Anchor.TOP_RIGHT), Placement(Anchor.BOTTOM_RIGHT, lift=ABOVE_UPRIGHT_CARD))


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
                     theme: Theme = DEFAULT_THEME, placement: Placement | None = None) -> OverlayImage:
    left = view.seconds_left(now)
    width = UPRIGHT_WIDTH if is_upright(canvas_width, canvas_height) else WIDTH

    def draw(painter: QPainter, box: QRectF) -> None:
        inner = box.adjusted(24, 16, -24, -16)
        if left:
            _draw_running(painter, view, left, inner, theme)
        else:
            _draw_ended(painter, view, inner, theme)

    fill = theme.accent if left else theme.muted
    return render_panel(width, HEIGHT, canvas_width, canvas_height, theme, placement or PLACEMENTS.on(canvas_width, canvas_height), draw, fill=fill)


def _draw_running(painter: QPainter, view: CountdownView, left: int, inner: QRectF, theme: Theme) -> None:
    """The label on top; below it the clock on the left and the sale price on the right."""
    ink = QColor(theme.on_brand)
    label_font = font(theme.font_family, 24, QFont.Weight.DemiBold)
    big_font = font(theme.font_family, 64, QFont.Weight.Bold)
    price_font = font(theme.font_family, 34, QFont.Weight.Bold)
    label_height = line_height(label_font)
    draw_lines(painter, wrapped_lines(view.label, label_font, inner.width(), 1), label_font,
               QRectF(inner.left(), inner.top(), inner.width(), label_height), ink)
    top, clock_width = inner.top() + label_height, inner.width() * 0.55
    draw_lines(painter, [clock_text(left)], big_font, QRectF(inner.left(), top, clock_width, line_height(big_font)), ink)
    price_width = inner.width() - clock_width
    price_font = fitted(view.sale_price_text, price_font, price_width, 20)
    draw_lines(painter, wrapped_lines(view.sale_price_text, price_font, price_width, 1), price_font,
               QRectF(inner.left() + clock_width, top + 12, price_width, line_height(price_font)), ink,
               Qt.AlignmentFlag.AlignRight)


def _draw_ended(painter: QPainter, view: CountdownView, inner: QRectF, theme: Theme) -> None:
    """"Sale ended", large and centred, on up to two lines."""
    ended_font = font(theme.font_family, 40, QFont.Weight.Bold)
    lines = wrapped_lines(view.ended_text, ended_font, inner.width(), 2)
    height = line_height(ended_font) * len(lines)
    draw_lines(painter, lines, ended_font, QRectF(inner.left(), inner.center().y() - height / 2, inner.width(), height),
               QColor(theme.on_brand), Qt.AlignmentFlag.AlignHCenter)
