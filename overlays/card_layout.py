"""Where each part of the product card goes, for the canvas's shape, in layout units.

Landscape: a card at the bottom left; the picture, then a column (title, price, options,
stock badge), then the QR code with its caption; the band with what to comment under them.

Upright: the card spans the title-safe width above the ticker, in the lower third of a 9:16
canvas (placement.UPRIGHT_CARD_ROOM tall). The QR code stands on the right down the whole card,
flush with its top and right edges (its quiet zone is its margin), a one-line caption under it;
on the left the picture (the discount on its corner) with the title and the stock badge beside
it, the price large under them, the options under the price (one line, or two at their smallest
size when one does not hold them), and the band with what to comment under the left column only.

The QR code's symbol and the price are never smaller than phone_sizes.py asks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from overlays.fonts import font
from overlays.phone_sizes import price_px_units, qr_symbol_units
from overlays.placement import UPRIGHT_CARD_ROOM, is_upright, safe_width_units
from overlays.qr_code import qr_modules, side_for
from overlays.text import line_height


@dataclass(frozen=True)
class CardType:
    """Font sizes (and the heights and line counts that go with them) of one shape's card.

    The QR code's caption shrinks to its smallest size, then wraps to its lines, then is elided
    (the landscape one does not shrink: it has two lines); the options likewise."""

    title_px: float
    price_px: float
    was_px: float
    badge_px: float
    badge_height: float
    options_px: float
    smallest_options_px: int
    band_px: float
    caption_px: float
    smallest_caption_px: int
    caption_lines: int
    option_lines: int


LANDSCAPE_TYPE = CardType(title_px=30, price_px=46, was_px=26, badge_px=22, badge_height=38, options_px=24,
                          smallest_options_px=18, band_px=28, caption_px=17, smallest_caption_px=17, caption_lines=2,
                          option_lines=2)
UPRIGHT_TYPE = CardType(title_px=30, price_px=78, was_px=36, badge_px=26, badge_height=40, options_px=30,
                        smallest_options_px=22, band_px=34, caption_px=22, smallest_caption_px=18, caption_lines=1,
                        option_lines=2)
LANDSCAPE_WIDTH, LANDSCAPE_PADDING, LANDSCAPE_PICTURE, LANDSCAPE_BAND = 1000.0, 20.0, 230.0, 64.0
UPRIGHT_PADDING, UPRIGHT_PICTURE, UPRIGHT_PICTURE_HEIGHT, UPRIGHT_BAND, GAP = 20.0, 150.0, 116.0, 56.0, 8.0
UPRIGHT_TOP = 12.0  # upright the height is dear: the top padding is less than the sides'
TITLE_LINES = 2


@dataclass(frozen=True)
class CardLayout:
    type: CardType
    width: float
    body_height: float
    band_height: float
    picture: QRectF
    title: QRectF  # room for TITLE_LINES lines
    price: QRectF  # one line at the full price size; its top moves under a one-line title when it follows
    price_follows_title: bool
    options_bottom: float  # the options go from under the price down to here
    badge: QRectF  # the stock badge's place: left, top, widest, height
    qr: QRectF | None  # the code and its caption under it
    smallest_price_px: float
    discount_on_picture: bool = False  # upright: the price row keeps its width for the two prices
    options_top: float | None = None  # upright: fixed; landscape: under the price, wherever it went
    caption_margin: float = 0.0  # upright: the code's caption keeps off the card's edge the code stands on

    @property
    def height(self) -> float:
        return self.body_height + self.band_height

    @property
    def band(self) -> QRectF:
        """Under the whole card, or upright under the left column: the code stands beside it."""
        beside_code = self.qr is not None and self.qr.bottom() > self.body_height
        width = self.qr.left() if self.qr is not None and beside_code else self.width
        return QRectF(0, self.body_height, width, self.band_height)


def card_layout(checkout_url: str, has_badge: bool, canvas_width: int, canvas_height: int,
                family: str = "Inter") -> CardLayout:
    qr_room = side_for(qr_symbol_units(canvas_width, canvas_height))
    qr_side = qr_room if qr_modules(checkout_url) is not None else 0.0  # no code: the text takes its width
    smallest_price = price_px_units(canvas_width, canvas_height)
    if is_upright(canvas_width, canvas_height):
        return _upright(safe_width_units(canvas_width, canvas_height), qr_side, smallest_price, family)
    return _landscape(qr_room, qr_side, has_badge, smallest_price, family)


def _caption_height(kind: CardType, family: str) -> float:
    return _lines(family, kind.caption_px, QFont.Weight.DemiBold, kind.caption_lines)


def _landscape(qr_room: float, qr_side: float, has_badge: bool, smallest_price: float, family: str) -> CardLayout:
    kind, pad, side = LANDSCAPE_TYPE, LANDSCAPE_PADDING, LANDSCAPE_PICTURE
    qr_height = qr_room + _caption_height(kind, family)  # kept without a code too: one height for every card
    body = 2 * pad + max(side, qr_height)
    left = 2 * pad + side
    right = LANDSCAPE_WIDTH - pad - (qr_side + pad if qr_side else 0)
    column_bottom = body - pad
    badge = QRectF(left, column_bottom - kind.badge_height, right - left, kind.badge_height)
    title = QRectF(left, pad, right - left, _lines(family, kind.title_px, QFont.Weight.Bold, TITLE_LINES))
    price = QRectF(left, title.bottom() + GAP, right - left, _lines(family, kind.price_px, QFont.Weight.Bold, 1))
    return CardLayout(
        kind, LANDSCAPE_WIDTH, body, LANDSCAPE_BAND, QRectF(pad, (body - side) / 2, side, side), title, price, True,
        badge.top() - GAP if has_badge else column_bottom, badge,
        QRectF(LANDSCAPE_WIDTH - pad - qr_side, pad, qr_side, body - 2 * pad) if qr_side else None, smallest_price)


def _upright(width: float, qr_side: float, smallest_price: float, family: str) -> CardLayout:
    """UPRIGHT_CARD_ROOM tall whatever the text (long titles and option lists shrink, wrap and
    elide in their boxes), so on a 9:16 canvas the card never leaves the lower third; a taller
    canvas, whose price must be larger, makes it taller."""
    kind, pad, side = UPRIGHT_TYPE, UPRIGHT_PADDING, UPRIGHT_PICTURE
    top = UPRIGHT_TOP
    right = width - qr_side - pad
    beside = pad + side + 2 * GAP
    picture = QRectF(pad, top, side, UPRIGHT_PICTURE_HEIGHT)
    title = QRectF(beside, top, right - beside, _lines(family, kind.title_px, QFont.Weight.Bold, TITLE_LINES))
    badge = QRectF(beside, picture.bottom() - kind.badge_height, right - beside, kind.badge_height)
    price = QRectF(pad, picture.bottom(), right - pad,
                   _lines(family, max(kind.price_px, smallest_price), QFont.Weight.Bold, 1))
    one_line = _lines(family, kind.options_px, QFont.Weight.DemiBold, 1)
    options_bottom = price.bottom() + max(one_line, _lines(family, kind.smallest_options_px, QFont.Weight.DemiBold,
                                                           kind.option_lines))
    body = max(UPRIGHT_CARD_ROOM - UPRIGHT_BAND, options_bottom + GAP / 2)  # the options' descent keeps off the band
    qr = QRectF(width - qr_side, 0, qr_side, body + UPRIGHT_BAND) if qr_side else None
    return CardLayout(kind, width, body, UPRIGHT_BAND, picture, title, price, False, options_bottom, badge, qr,
                      smallest_price, True, price.bottom(), pad)


def _lines(family: str, pixel_size: float, weight: QFont.Weight, count: int) -> float:
    return line_height(font(family, pixel_size, weight)) * count
