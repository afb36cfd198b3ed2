"""Sizes a viewer can read and scan on a phone held at arm's length, in layout units.

Most live selling is watched on a phone, where a 1920-pixel-tall picture is some 14 cm tall:
- the QR code's symbol (its dark modules, quiet zone aside) is at least 20% of the width of an
  upright canvas and at least 15% of the height of a landscape one, so a second phone can scan it
  off the first one's screen;
- the price's font is at least 4% of the canvas height, on either shape.
The layouts take these as floors; a 2% margin keeps whole-pixel rounding from falling short."""

from __future__ import annotations

from overlays.canvas import scale_for
from overlays.placement import is_upright

QR_OF_UPRIGHT_WIDTH = 0.20
QR_OF_LANDSCAPE_HEIGHT = 0.15
PRICE_OF_HEIGHT = 0.04
ROUNDING_MARGIN = 1.02


def qr_symbol_units(canvas_width: int, canvas_height: int) -> float:
    """The smallest side of the QR code's symbol on this canvas."""
    if is_upright(canvas_width, canvas_height):
        pixels = canvas_width * QR_OF_UPRIGHT_WIDTH
    else:
        pixels = canvas_height * QR_OF_LANDSCAPE_HEIGHT
    return pixels * ROUNDING_MARGIN / scale_for(canvas_width, canvas_height)


def price_px_units(canvas_width: int, canvas_height: int) -> float:
    """The smallest font size of the price on this canvas."""
    return canvas_height * PRICE_OF_HEIGHT * ROUNDING_MARGIN / scale_for(canvas_width, canvas_height)
