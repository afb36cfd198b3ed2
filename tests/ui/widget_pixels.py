"""What a widget shows, as a person would see it: its pixels as an array (rows, columns, BGRA)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def widget_pixels(widget: QWidget) -> np.ndarray:
    """The widget grabbed as Qt's RGB32 (bytes B, G, R, 255 on a little-endian machine), copied
    out of the image, which does not outlive this call."""
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(picture.constBits(), np.uint8).reshape(picture.height(), picture.bytesPerLine() // 4, 4)
    return rows[:, : picture.width()].copy()
