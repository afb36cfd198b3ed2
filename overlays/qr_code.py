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


def draw_qr(painter: QPainter, url: str, box: QRectF, dark: QColor, light: QColor) -> QRectF | None:
    """Draws the QR code of `url` centred in `box`; returns where it went (None: nothing drawn).

    Modules are sized in whole device pixels (not the painter's 1080p units), so at 720p
    the code is as sharp as at 1080p."""
    modules = qr_modules(url)
    if modules is None:
        return None
    device = painter.worldTransform().mapRect(box)
    count = modules.shape[0]
    module = int(min(device.width(), device.height()) // count)
    if module < 1:
        return None
    colours = np.where(modules, np.uint32(dark.rgba()), np.uint32(light.rgba())).astype(np.uint32)
    image = QImage(colours.data, count, count, count * 4, QImage.Format.Format_ARGB32)
    side = module * count
    left = round(device.left() + (device.width() - side) / 2)
    top = round(device.top() + (device.height() - side) / 2)
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    drawn = QRectF(left, top, side, side)
    painter.drawImage(drawn, image)
    painter.restore()
    return painter.worldTransform().inverted()[0].mapRect(drawn)

