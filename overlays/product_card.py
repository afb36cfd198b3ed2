"""The product card: picture, title, price with the struck compare-at price and discount,
the options still in stock, a stock badge, what viewers comment (with a variant as example),
and a QR code of the checkout link. Where each goes is card_layout.py's."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.card_layout import GAP, TITLE_LINES, CardLayout, CardType, card_layout
from overlays.fonts import font
from overlays.option_choices import OptionChoice, draw_choices, fitted_choices
from overlays.placement import ABOVE_TICKER, Anchor, Placement, Placements, place
from overlays.qr_code import draw_qr
from overlays.shapes import fitted_picture, picture, pill, rounded_panel, rounded_path
from overlays.text import ascent, draw_lines, fitted, line_height, plain, text_width, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

OFFER_SMALLEST, OFFER_LINES = 0.6, 3  # the code line's smallest size (of the badge's) and its lines
PLACEMENTS = Placements(Placement(Anchor.BOTTOM_LEFT, lift=ABOVE_TICKER), Placement(Anchor.BOTTOM, lift=ABOVE_TICKER))


@dataclass(frozen=True)
class ProductCardView:
    title: str
    price_text: str
    comment_text: str  # "Comment SOLD A12", or with a variant as example: "Comment SOLD A12 M Preto"
    compare_at_text: str | None = None
    discount_text: str | None = None  # "-25%"
    stock_text: str | None = None  # "Only 3 left", "Sold out"
    stock_urgent: bool = False  # low or sold out: the badge takes the accent colour
    checkout_url: str | None = None
    image_path: str | None = None
    qr_caption: str = "Scan to buy"
    options: tuple[tuple[OptionChoice, ...], ...] = ()  # per option, its values, in stock or sold out
    offer_text: str | None = None  # the show's discount code: "Code LIVE10: 10% off"


def render_product_card(
    view: ProductCardView,
    canvas_width: int,
    canvas_height: int,
    theme: Theme = DEFAULT_THEME,
    placement: Placement | None = None,
) -> OverlayImage:
    """The card laid out for the canvas's shape (card_layout.py) and placed on it."""
    layout = card_layout(view.checkout_url or "", bool(view.stock_text), canvas_width, canvas_height, theme.font_family)
    scale = scale_for(canvas_width, canvas_height)
    image = transparent_image(round(layout.width * scale), round(layout.height * scale))
    painter = begin_painter(image)
    painter.scale(scale, scale)
    _draw(painter, view, theme, layout)
    painter.end()
    x, y = place(image.width(), image.height(), canvas_width, canvas_height,
                 placement or PLACEMENTS.on(canvas_width, canvas_height))
    return OverlayImage(to_bgra(image), x, y)


def _draw(painter: QPainter, view: ProductCardView, theme: Theme, layout: CardLayout) -> None:
    surface = QColor(theme.surface)
    surface.setAlphaF(theme.surface_opacity)
    card = rounded_path(QRectF(0, 0, layout.width, layout.height), theme.corner_radius)
    painter.fillPath(card, surface)
    shown = fitted_picture(view.image_path, round(layout.picture.width()), round(layout.picture.height()))
    picture(painter, shown, layout.picture, theme.corner_radius * 0.6)
    kind = layout.type
    title_font = font(theme.font_family, kind.title_px, QFont.Weight.Bold)
    used = draw_lines(painter, wrapped_lines(view.title, title_font, layout.title.width(), TITLE_LINES), title_font,
                      layout.title, QColor(theme.ink))
    price = layout.price
    if layout.price_follows_title:
        price = QRectF(price.left(), layout.title.top() + max(used, line_height(title_font)) + GAP, price.width(),
                       price.height())
    _draw_price_row(painter, view, theme, layout, price)
    if layout.discount_on_picture and view.discount_text:
        spot = layout.picture.adjusted(8, 8, -8, -8)
        pill(painter, spot.left(), spot.top(), view.discount_text, font(theme.font_family, kind.badge_px, QFont.Weight.Bold),
             QColor(theme.accent), QColor(theme.on_brand), 10, kind.badge_px * 1.55, spot.width())
    if view.offer_text:
        _draw_offer(painter, view.offer_text, theme, layout)
    options_top = price.bottom() + GAP if layout.options_top is None else layout.options_top
    _draw_options(painter, view, theme, layout, QRectF(price.left(), options_top, price.width(),
                                                       layout.options_bottom - options_top))
    if view.stock_text:
        badge_font = font(theme.font_family, kind.badge_px, QFont.Weight.DemiBold)
        fill = QColor(theme.accent if view.stock_urgent else theme.muted)
        box = layout.badge
        pill(painter, box.left(), box.top(), view.stock_text, badge_font, fill, QColor(theme.on_brand),
             14, box.height(), box.width())
    if layout.qr is not None:
        _draw_qr_block(painter, view, theme, layout.qr, layout, card)
    _draw_band(painter, view, theme, layout.band, kind.band_px, card)


def _draw_offer(painter: QPainter, text: str, theme: Theme, layout: CardLayout) -> None:
    """The discount code on the picture's foot, across it: shrunk to fit, then wrapped (the
    upright card's picture is narrow), then elided."""
    kind, spot = layout.type, layout.picture.adjusted(6, 6, -6, -6)
    padding = 8.0
    chosen = fitted(text, font(theme.font_family, kind.badge_px, QFont.Weight.Bold), spot.width() - 2 * padding,
                    round(kind.badge_px * OFFER_SMALLEST))
    lines = wrapped_lines(text, chosen, spot.width() - 2 * padding, OFFER_LINES)
    if not lines:
        return
    height = line_height(chosen) * (len(lines) + 0.3)
    width = min(spot.width(), max(text_width(line, chosen) for line in lines) + 2 * padding)
    box = QRectF(spot.left(), spot.bottom() - height, width, height)
    rounded_panel(painter, box, QColor(theme.brand), line_height(chosen) * 0.65)
    draw_lines(painter, lines, chosen, box.adjusted(padding, line_height(chosen) * 0.15, -padding, 0),
               QColor(theme.on_brand), Qt.AlignmentFlag.AlignHCenter)


def _draw_options(painter: QPainter, view: ProductCardView, theme: Theme, layout: CardLayout, box: QRectF) -> None:
    """The values viewers can choose: shrunk, then wrapped, then elided, in the room left."""
    base = font(theme.font_family, layout.type.options_px, QFont.Weight.DemiBold)
    chosen, laid = fitted_choices(view.options, base, layout.type.smallest_options_px, box, layout.type.option_lines)
    draw_choices(painter, laid, chosen, box, QColor(theme.ink), QColor(theme.muted))


def _draw_price_row(painter: QPainter, view: ProductCardView, theme: Theme, layout: CardLayout, row: QRectF) -> None:
    """The price, the struck compare-at price and the discount (unless it stands on the picture),
    made smaller together to fit, but the price never below its smallest size: before that the
    struck price gives way, the discount saying it alone."""
    kind, left, top, width = layout.type, row.left(), row.top(), row.width()
    discounted = bool(view.discount_text)
    if layout.discount_on_picture:
        view = replace(view, discount_text=None)
    base_px = max(kind.price_px, layout.smallest_price_px)
    smallest_scale = layout.smallest_price_px / base_px
    scale = _price_row_scale(view, theme, kind, base_px, width)
    if scale < smallest_scale and view.compare_at_text and discounted:
        view = replace(view, compare_at_text=None)
        scale = _price_row_scale(view, theme, kind, base_px, width)
    scale = max(smallest_scale, scale)
    price_font = font(theme.font_family, base_px * scale, QFont.Weight.Bold)
    height = row.height()  # the row keeps its place
    x = left + _text_in(painter, plain(view.price_text), price_font, QColor(theme.brand), left, top, width, height)
    if view.compare_at_text:
        was_font = font(theme.font_family, kind.was_px * scale)
        was_font.setStrikeOut(True)
        was_top = top + (height - line_height(price_font)) / 2 + ascent(price_font) - ascent(was_font)  # one baseline
        x += 12 + _text_in(painter, plain(view.compare_at_text), was_font, QColor(theme.muted), x + 12, was_top,
                           left + width - x - 12, line_height(was_font))
    if view.discount_text and left + width - x > 60:
        badge_font = font(theme.font_family, kind.badge_px, QFont.Weight.Bold)
        pill_height = kind.badge_px * 1.55
        pill(painter, x + 12, top + (height - pill_height) / 2, view.discount_text, badge_font,
             QColor(theme.accent), QColor(theme.on_brand), 10, pill_height, left + width - x - 12)


def _price_row_scale(view: ProductCardView, theme: Theme, kind: CardType, price_px: float, width: float) -> float:
    """How much smaller the prices are drawn so the price, the struck price and the discount all
    fit ("US$ 19,90 US$ 24,00 -17%")."""
    prices = text_width(plain(view.price_text), font(theme.font_family, price_px, QFont.Weight.Bold))
    fixed = 0.0  # the gaps and the discount pill keep their size
    if view.compare_at_text:
        prices += text_width(plain(view.compare_at_text), font(theme.font_family, kind.was_px))
        fixed += 12
    if view.discount_text:
        fixed += 12 + 2 * 10 + text_width(plain(view.discount_text),
                                          font(theme.font_family, kind.badge_px, QFont.Weight.Bold))
    return min(1.0, (width - fixed) / prices * 0.98) if prices else 1.0  # 2%: font sizes are whole pixels


def _text_in(painter: QPainter, text: str, chosen: QFont, colour: QColor, left: float, top: float,
             width: float, height: float) -> float:
    """One line of text, elided to `width`, in a box of its own width (right-to-left text too
    starts at `left`, where the next piece is placed after it); returns the width drawn."""
    lines = wrapped_lines(text, chosen, max(width, 0.0), 1)
    if not lines:
        return 0.0
    drawn = min(width, text_width(lines[0], chosen))
    draw_lines(painter, lines, chosen, QRectF(left, top, drawn + 1, height), colour)
    return drawn


def _draw_qr_block(painter: QPainter, view: ProductCardView, theme: Theme, box: QRectF, layout: CardLayout,
                   card: QPainterPath) -> None:
    """The code, and under it its caption: shrunk to fit, then wrapped to the lines the card has
    ("Escaneie para comprar" needs both in landscape), then elided. Upright the code stands in the
    card's corner: the card's rounded edge trims its quiet zone's corner, never a module."""
    kind, room = layout.type, box.adjusted(layout.caption_margin, 0, -layout.caption_margin, 0)
    caption_font = fitted(view.qr_caption, font(theme.font_family, kind.caption_px, QFont.Weight.DemiBold),
                          room.width(), kind.smallest_caption_px)
    caption = wrapped_lines(view.qr_caption, caption_font, room.width(), kind.caption_lines)
    caption_height = line_height(caption_font) * len(caption)
    code_box = QRectF(box.left(), box.top(), box.width(), box.width())
    painter.save()
    painter.setClipPath(card)
    drawn = draw_qr(painter, view.checkout_url or "", code_box, QColor(theme.ink), QColor("#ffffff")) or code_box
    painter.restore()
    draw_lines(painter, caption, caption_font, QRectF(room.left(), drawn.bottom(), room.width(), caption_height),
               QColor(theme.muted), Qt.AlignmentFlag.AlignHCenter)


def _draw_band(painter: QPainter, view: ProductCardView, theme: Theme, box: QRectF, band_px: float,
               card: QPainterPath) -> None:
    """What to comment, on the brand colour: shrunk to fit before anything of it is elided. The
    band is the card's foot: rounded where the card is, square where it meets the code beside it."""
    painter.save()
    painter.setClipRect(box)
    painter.fillPath(card, QColor(theme.brand))
    painter.restore()
    inner = box.adjusted(box.height() / 3, 0, -box.height() / 3, 0)
    band_font = fitted(view.comment_text, font(theme.font_family, band_px, QFont.Weight.Bold), inner.width(),
                       round(band_px * 0.75))
    lines = wrapped_lines(view.comment_text, band_font, inner.width(), 1)
    height = line_height(band_font)
    draw_lines(painter, lines, band_font, QRectF(inner.left(), inner.center().y() - height / 2, inner.width(), height),
               QColor(theme.on_brand), Qt.AlignmentFlag.AlignHCenter)
