"""A QR code of a checkout URL, drawn as crisp modules (segno makes the matrix)."""

from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np
import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

log = logging.getLogger(__name__)

QUIET_ZONE = 4  # modules of light around the code, as the standard asks: scanners need the margin


@lru_cache(maxsize=64)
def qr_modules(url: str) -> np.ndarray | None:
    """The code's modules with the quiet zone (True is dark), or None for no or too much data.

    Cached: encoding costs more than the rest of a card, and a card is re-rendered whenever
    its stock changes while the link stays the same."""
    if not url:
        return None
    try:
        matrix = np.array(segno.make(url, error="m", micro=False).matrix, dtype=bool)
    except segno.DataOverflowError:
        log.warning("a link of %d characters is too long for a QR code; none is drawn", len(url))
        return None
    except UnicodeEncodeError:  # half a surrogate pair, from a broken import: no bytes to encode
        log.warning("a link with characters that have no UTF-8 form cannot be a QR code; none is drawn")
        return None
    return np.pad(matrix, QUIET_ZONE)


SMALLEST_CODE = 21  # modules a side of a version 1 code
SHARED_PIXELS = 3  # modules at least this wide may differ by a pixel


def side_for(symbol: float) -> float:
    """The side of the drawn code, quiet zone included, that makes its symbol (the dark modules'
    extent) at least `symbol` for any link: the smallest code has the largest quiet zone for its size."""
    return symbol * (SMALLEST_CODE + 2 * QUIET_ZONE) / SMALLEST_CODE


def draw_qr(painter: QPainter, url: str, box: QRectF, dark: QColor, light: QColor) -> QRectF | None:
    """Draws the QR code of `url` as the largest square centred in `box`; returns where it went
    (None: nothing drawn).

    The square is snapped to whole device pixels and the modules scaled without smoothing, so
    they stay crisp: neighbouring modules differ by a pixel at most, which scanners take, and the
    code is the size the layout asked for at 720p as at 1080p. Modules of under SHARED_PIXELS
    pixels would differ by a third or more: those are made whole pixels, the code a little smaller."""
    modules = qr_modules(url)
    if modules is None:
        return None
    device = painter.worldTransform().mapRect(box)
    count = modules.shape[0]
    side = int(min(device.width(), device.height()))
    if side < count:
        return None
    if side < count * SHARED_PIXELS:
        side -= side % count
    colours = np.where(modules, np.uint32(dark.rgba()), np.uint32(light.rgba())).astype(np.uint32)
    image = QImage(colours.data, count, count, count * 4, QImage.Format.Format_ARGB32)
    left = round(device.left() + (device.width() - side) / 2)
    top = round(device.top() + (device.height() - side) / 2)
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    drawn = QRectF(left, top, side, side)
    painter.drawImage(drawn, image)
    painter.restore()
    return painter.worldTransform().inverted()[0].mapRect(drawn)


def qr_image(text: str, at_least: int) -> QImage | None:
    """The QR code of `text` as a black-on-white image of whole-pixel modules, at least
    `at_least` pixels a side (None: no or too much data), for a window to show."""
    modules = qr_modules(text)
    if modules is None:
        return None
    count = modules.shape[0]
    side = count * max(SHARED_PIXELS, -(-at_least // count))
    image = QImage(side, side, QImage.Format.Format_RGB32)
    light, dark = QColor("white"), QColor("black")
    image.fill(light)
    painter = QPainter(image)
    draw_qr(painter, text, QRectF(0, 0, side, side), dark, light)
    painter.end()
    return image
