"""The "Sold!" burst when an order for the pinned product arrives: it pops in, holds, and
fades, over DURATION seconds. Each frame is drawn from the time since the order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.fonts import font
from overlays.placement import Anchor, Placement, place
from overlays.shapes import rounded_panel
from overlays.text import wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

DURATION, POP, FADE = 1.6, 0.25, 0.4
WIDTH, HEIGHT = 360, 120


@dataclass(frozen=True)
class SoldBurstView:
    text: str = "Sold!"
    buyer: str = ""


def burst_scale_and_opacity(elapsed: float) -> tuple[float, float]:
    """(scale, opacity) at `elapsed` seconds: grows from 60 % with a slight overshoot, fades at the end."""
    if elapsed < 0 or elapsed >= DURATION:
        return 0.0, 0.0
    if elapsed < POP:
        progress = elapsed / POP
        return 0.6 + 0.5 * progress - 0.1 * progress * progress, min(1.0, progress * 2)
    opacity = 1.0 if elapsed < DURATION - FADE else (DURATION - elapsed) / FADE
    return 1.0, opacity


def render_sold_burst(view: SoldBurstView, elapsed: float, canvas_width: int, canvas_height: int,
                      theme: Theme = DEFAULT_THEME, placement: Placement = Placement(Anchor.CENTER)) -> OverlayImage | None:
    size, opacity = burst_scale_and_opacity(elapsed)
    if opacity <= 0:
        return None
    scale = scale_for(canvas_width, canvas_height)
    image = transparent_image(round(WIDTH * scale), round(HEIGHT * scale))
    painter = begin_painter(image)
    painter.setOpacity(opacity)
    painter.translate(image.width() / 2, image.height() / 2)
    painter.scale(scale * size, scale * size)
    box = QRectF(-WIDTH / 2, -HEIGHT / 2, WIDTH, HEIGHT)
    rounded_panel(painter, box, QColor(theme.accent), HEIGHT / 2)
    _draw_text(painter, view, box, theme)
    painter.end()
    x, y = place(image.width(), image.height(), canvas_width, canvas_height, placement)
    return OverlayImage(to_bgra(image), x, y)


def _draw_text(painter: QPainter, view: SoldBurstView, box: QRectF, theme: Theme) -> None:
    """"Sold!" large in the middle and, if there is one, the buyer's line under it, each on one line."""
    title, small = font(theme.font_family, 54, QFont.Weight.Bold), font(theme.font_family, 22, QFont.Weight.DemiBold)
    text = (wrapped_lines(view.text, title, WIDTH - 40, 1) or ["Sold!"])[0]
    buyer = wrapped_lines(view.buyer, small, WIDTH - 80, 1)
    painter.setPen(QColor(theme.on_brand))
    painter.setFont(title)
    painter.drawText(box.adjusted(20, 0, -20, -24 if buyer else 0), Qt.AlignmentFlag.AlignCenter, text)
    if buyer:
        painter.setFont(small)
        painter.drawText(box.adjusted(40, 70, -40, -8), Qt.AlignmentFlag.AlignCenter, buyer[0])
