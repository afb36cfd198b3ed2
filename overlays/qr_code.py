"""A QR code of a checkout URL, drawn as crisp modules (segno makes the matrix)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

QUIET_ZONE = 2  # modules of white around the code; scanners need a margin


def draw_qr(painter: QPainter, url: str, box: QRectF, dark: QColor, light: QColor) -> None:
    """Draws the QR code of `url` centred in the square `box`, on a light background."""
    matrix = segno.make(url, error="m", micro=False).matrix
    count = len(matrix) + 2 * QUIET_ZONE
    module = int(min(box.width(), box.height()) // count)  # whole pixels per module stay sharp
    if module < 1:
        return
    side = module * count
    left = box.left() + (box.width() - side) // 2
    top = box.top() + (box.height() - side) // 2
    painter.fillRect(QRectF(left, top, side, side), light)
    for row_index, row in enumerate(matrix):
        for column_index, value in enumerate(row):
            if value:
                painter.fillRect(
                    QRectF(left + (column_index + QUIET_ZONE) * module, top + (row_index + QUIET_ZONE) * module, module, module),
                    dark,
                )
