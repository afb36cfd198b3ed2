"""The QR code to buy on its own: a light tile with the code of the checkout link and a caption."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.phone_sizes import qr_symbol_units
from overlays.placement import Anchor, Placement
from overlays.qr_code import draw_qr, qr_modules, side_for
from overlays.text import draw_lines, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

QR_SIDE, PADDING, CAPTION_PX = 240, 18, 24  # the side at least: larger where phone_sizes.py asks


@dataclass(frozen=True)
class QrBadgeView:
    url: str
    caption: str = "Scan to buy"


def render_qr_badge(view: QrBadgeView, canvas_width: int, canvas_height: int, theme: Theme = DEFAULT_THEME,
                    placement: Placement = Placement(Anchor.RIGHT)) -> OverlayImage | None:
    """None when the link is empty or too long for a QR code: a badge without a code helps no one."""
    if qr_modules(view.url) is None:
        return None
    caption_font = font(theme.font_family, CAPTION_PX, QFont.Weight.DemiBold)
    caption_height = line_height(caption_font)
    side = max(QR_SIDE, side_for(qr_symbol_units(canvas_width, canvas_height)))
    width, height = side + 2 * PADDING, side + 2 * PADDING + caption_height

    def draw(painter: QPainter, box: QRectF) -> None:
        draw_qr(painter, view.url, QRectF(PADDING, PADDING, side, side), QColor(theme.ink), QColor("#ffffff"))
        caption_box = QRectF(PADDING, PADDING + side, side, caption_height)
        draw_lines(painter, wrapped_lines(view.caption, caption_font, side, 1), caption_font, caption_box,
                   QColor(theme.brand), Qt.AlignmentFlag.AlignHCenter)

    return render_panel(width, height, canvas_width, canvas_height, theme, placement, draw)
