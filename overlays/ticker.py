"""The price ticker: a strip that scrolls the show's products (title · price · code) at a set
speed and loops without a seam. The strip is rendered once; each frame is a crop of it.

The rendered image holds the strip followed by its own first `view width` pixels again, so
the crop at any offset is one contiguous slice: no re-render and no copy per frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.fonts import font
from overlays.placement import Anchor, Placement, place, safe_area
from overlays.shapes import rounded_panel
from overlays.text import plain, text_width
from overlays.theme import DEFAULT_THEME, Theme

HEIGHT, ITEM_PX, GAP = 56, 26, 56
MAX_PART_CHARACTERS = 80  # per title, price or code: a hostile 10,000-character title stays one item
SEPARATOR = "  ·  "


@dataclass(frozen=True)
class TickerItem:
    title: str
    price_text: str
    code: str

    def label(self) -> str:
        parts = (_shortened(plain(part)) for part in (self.title, self.price_text, self.code))
        return SEPARATOR.join(part for part in parts if part)


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_PART_CHARACTERS else text[: MAX_PART_CHARACTERS - 1] + "…"


class PriceTicker:
    """Render once with the items; then `frame(seconds)` gives the overlay at that moment."""

    def __init__(self, items: list[TickerItem], canvas_width: int, canvas_height: int,
                 speed: float = 120.0, theme: Theme = DEFAULT_THEME,
                 placement: Placement = Placement(Anchor.BOTTOM)) -> None:
        """At the bottom of the title-safe area, across it, whatever the canvas's shape."""
        self.scale = scale_for(canvas_width, canvas_height)
        self.speed = speed * self.scale  # layout units per second, scaled with the canvas
        self.view_width = int(safe_area(canvas_width, canvas_height).width)
        self.height = round(HEIGHT * self.scale)
        self.strip_width, self.pixels = self._render(items, theme)
        self.x, self.y = place(self.view_width, self.height, canvas_width, canvas_height, placement)

    def offset(self, seconds: float) -> int:
        return int(seconds * self.speed) % self.strip_width

    def frame(self, seconds: float) -> OverlayImage:
        start = self.offset(seconds)
        return OverlayImage(self.pixels[:, start : start + self.view_width], self.x, self.y)

    def _render(self, items: list[TickerItem], theme: Theme) -> tuple[int, np.ndarray]:
        item_font = font(theme.font_family, ITEM_PX * self.scale, QFont.Weight.DemiBold)
        labels = [item.label() for item in items] or [" "]
        gap = GAP * self.scale
        widths = [text_width(label, item_font) for label in labels]
        repeats = max(1, math.ceil(self.view_width / (sum(widths) + gap * len(labels))))
        labels, widths = labels * repeats, widths * repeats  # a short list fills the view, no blank run
        strip_width = round(sum(widths) + gap * len(labels))
        image = transparent_image(strip_width + self.view_width, self.height)
        painter = begin_painter(image)
        rounded_panel(painter, QRectF(0, 0, image.width(), image.height()), QColor(theme.brand), 0)
        # The strip, its start again for the wrap, and its end before it (a separator dot that
        # straddles the loop point then shows on both sides alike).
        for copy_left in (-strip_width, 0, strip_width):
            self._draw_labels(painter, labels, widths, item_font, copy_left + gap / 2, gap, theme)
        painter.end()
        return strip_width, to_bgra(image)

    def _draw_labels(self, painter: QPainter, labels: list[str], widths: list[float], item_font: QFont,
                     left: float, gap: float, theme: Theme) -> None:
        painter.setFont(item_font)
        painter.setPen(QColor(theme.on_brand))
        x = left
        for label, width in zip(labels, widths):
            painter.drawText(QRectF(x, 0, width + 2, self.height), Qt.AlignmentFlag.AlignVCenter, label)
            dot = QRectF(x + width + gap / 2 - 4 * self.scale, self.height / 2 - 4 * self.scale, 8 * self.scale, 8 * self.scale)
            painter.setBrush(QColor(theme.accent))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(dot)
            painter.setPen(QColor(theme.on_brand))
            x += width + gap
