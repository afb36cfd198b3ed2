"""The product card: picture, title, price with the struck compare-at price and discount,
a stock badge, the code viewers comment, and a QR code of the checkout link."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.fonts import font
from overlays.placement import ABOVE_TICKER, Anchor, Placement, place
from overlays.qr_code import draw_qr, qr_modules
from overlays.shapes import fitted_picture, picture, pill, rounded_panel
from overlays.text import draw_lines, line_height, plain, text_width, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

# Layout in 1080p pixels.
WIDTH, BODY_HEIGHT, BAND_HEIGHT = 820, 250, 64
PADDING, PICTURE_SIDE, QR_SIDE = 20, 210, 170
TITLE_PX, PRICE_PX, WAS_PX, BADGE_PX, BAND_PX, CAPTION_PX = 30, 46, 26, 22, 28, 17
SMALLEST_PRICE_SCALE = 0.7


@dataclass(frozen=True)
class ProductCardView:
    title: str
    price_text: str
    comment_text: str  # "Comment SOLD A12"
    compare_at_text: str | None = None
    discount_text: str | None = None  # "-25%"
    stock_text: str | None = None  # "Only 3 left", "Sold out"
    stock_urgent: bool = False  # low or sold out: the badge takes the accent colour
    checkout_url: str | None = None
    image_path: str | None = None
    qr_caption: str = "Scan to buy"


def render_product_card(
    view: ProductCardView,
    canvas_width: int,
    canvas_height: int,
    theme: Theme = DEFAULT_THEME,
    placement: Placement = Placement(Anchor.BOTTOM_LEFT, lift=ABOVE_TICKER),
) -> OverlayImage:
    scale = scale_for(canvas_height)
    image = transparent_image(round(WIDTH * scale), round((BODY_HEIGHT + BAND_HEIGHT) * scale))
    painter = begin_painter(image)
    painter.scale(scale, scale)
    _draw(painter, view, theme)
    painter.end()
    x, y = place(image.width(), image.height(), canvas_width, canvas_height, placement)
    return OverlayImage(to_bgra(image), x, y)


def _draw(painter: QPainter, view: ProductCardView, theme: Theme) -> None:
    card = QRectF(0, 0, WIDTH, BODY_HEIGHT + BAND_HEIGHT)
    surface = QColor(theme.surface)
    surface.setAlphaF(theme.surface_opacity)
    rounded_panel(painter, card, surface, theme.corner_radius)
    picture(painter, fitted_picture(view.image_path, PICTURE_SIDE, PICTURE_SIDE),
            QRectF(PADDING, PADDING, PICTURE_SIDE, PICTURE_SIDE), theme.corner_radius * 0.6)
    has_qr = qr_modules(view.checkout_url or "") is not None  # no room kept for a link too long to encode
    text_left = PADDING * 2 + PICTURE_SIDE
    text_right = WIDTH - PADDING - (QR_SIDE + PADDING if has_qr else 0)
    _draw_text_column(painter, view, theme, QRectF(text_left, PADDING, text_right - text_left, PICTURE_SIDE))
    if has_qr:
        _draw_qr_block(painter, view, theme, QRectF(WIDTH - PADDING - QR_SIDE, PADDING, QR_SIDE, PICTURE_SIDE))
    _draw_band(painter, view, theme, QRectF(0, BODY_HEIGHT, WIDTH, BAND_HEIGHT))


def _draw_text_column(painter: QPainter, view: ProductCardView, theme: Theme, box: QRectF) -> None:
    title_font = font(theme.font_family, TITLE_PX, QFont.Weight.Bold)
    used = draw_lines(painter, wrapped_lines(view.title, title_font, box.width(), 2), title_font,
                      QRectF(box.left(), box.top(), box.width(), line_height(title_font) * 2), QColor(theme.ink))
    price_top = box.top() + max(used, line_height(title_font)) + 8
    _draw_price_row(painter, view, theme, box.left(), price_top, box.width())
    if view.stock_text:
        badge_font = font(theme.font_family, BADGE_PX, QFont.Weight.DemiBold)
        fill = QColor(theme.accent if view.stock_urgent else theme.muted)
        pill(painter, box.left(), box.bottom() - 40, view.stock_text, badge_font, fill, QColor(theme.on_brand),
             14, 38, box.width())


def _draw_price_row(painter: QPainter, view: ProductCardView, theme: Theme, left: float, top: float, width: float) -> None:
    scale = _price_row_scale(view, theme, width)
    if scale < SMALLEST_PRICE_SCALE and view.compare_at_text and view.discount_text:
        view = replace(view, compare_at_text=None)  # no room for all three: the discount says it alone
        scale = _price_row_scale(view, theme, width)
    scale = max(SMALLEST_PRICE_SCALE, scale)
    price_font = font(theme.font_family, PRICE_PX * scale, QFont.Weight.Bold)
    height = line_height(font(theme.font_family, PRICE_PX, QFont.Weight.Bold))  # the row keeps its place
    x = left + _text_in(painter, plain(view.price_text), price_font, QColor(theme.brand), left, top, width, height)
    if view.compare_at_text:
        was_font = font(theme.font_family, WAS_PX * scale)
        was_font.setStrikeOut(True)
        x += 12 + _text_in(painter, plain(view.compare_at_text), was_font, QColor(theme.muted), x + 12, top,
                           left + width - x - 12, height)
    if view.discount_text and left + width - x > 60:
        badge_font = font(theme.font_family, BADGE_PX, QFont.Weight.Bold)
        pill(painter, x + 12, top + (height - 34) / 2, view.discount_text, badge_font,
                       QColor(theme.accent), QColor(theme.on_brand), 10, 34, left + width - x - 12)


def _price_row_scale(view: ProductCardView, theme: Theme, width: float) -> float:
    """How much smaller the prices are drawn so the price, the struck price and the discount all
    fit ("US$ 19,90 US$ 24,00 -17%"); below SMALLEST_PRICE_SCALE the struck price gives way."""
    prices = text_width(plain(view.price_text), font(theme.font_family, PRICE_PX, QFont.Weight.Bold))
    fixed = 0.0  # the gaps and the discount pill keep their size
    if view.compare_at_text:
        prices += text_width(plain(view.compare_at_text), font(theme.font_family, WAS_PX))
        fixed += 12
    if view.discount_text:
        fixed += 12 + 2 * 10 + text_width(plain(view.discount_text), font(theme.font_family, BADGE_PX, QFont.Weight.Bold))
    return min(1.0, (width - fixed) / prices) if prices else 1.0


def _text_in(painter: QPainter, text: str, chosen: QFont, colour: QColor, left: float, top: float,
             width: float, height: float) -> float:
    """One line of text, elided to `width`; returns the width drawn."""
    lines = wrapped_lines(text, chosen, max(width, 0.0), 1)
    if not lines:
        return 0.0
    draw_lines(painter, lines, chosen, QRectF(left, top, max(width, 0.0), height), colour)
    return min(width, text_width(lines[0], chosen))


def _draw_qr_block(painter: QPainter, view: ProductCardView, theme: Theme, box: QRectF) -> None:
    """The code, and under it its caption on up to two lines ("Escaneie para comprar" needs both)."""
    caption_font = font(theme.font_family, CAPTION_PX, QFont.Weight.DemiBold)
    caption = wrapped_lines(view.qr_caption, caption_font, box.width(), 2)
    caption_height = line_height(caption_font) * len(caption)
    code_box = QRectF(box.left(), box.top(), box.width(), box.height() - caption_height)
    drawn = draw_qr(painter, view.checkout_url or "", code_box, QColor(theme.ink), QColor("#ffffff")) or code_box
    draw_lines(painter, caption, caption_font, QRectF(box.left(), drawn.bottom(), box.width(), caption_height),
               QColor(theme.muted), Qt.AlignmentFlag.AlignHCenter)


def _draw_band(painter: QPainter, view: ProductCardView, theme: Theme, box: QRectF) -> None:
    painter.save()
    painter.setClipRect(box)
    rounded_panel(painter, QRectF(box.left(), box.top() - theme.corner_radius, box.width(),
                                  box.height() + theme.corner_radius), QColor(theme.brand), theme.corner_radius)
    painter.restore()
    band_font = font(theme.font_family, BAND_PX, QFont.Weight.Bold)
    inner = box.adjusted(PADDING, 0, -PADDING, 0)
    lines = wrapped_lines(view.comment_text, band_font, inner.width(), 1)
    height = line_height(band_font)
    draw_lines(painter, lines, band_font, QRectF(inner.left(), inner.center().y() - height / 2, inner.width(), height),
               QColor(theme.on_brand), Qt.AlignmentFlag.AlignHCenter)
