"""Drawing surfaces for overlays and the image they hand to the compositor.

Every overlay paints with QPainter into a QImage in Format_ARGB32_Premultiplied, which on
a little-endian machine is premultiplied BGRA in memory: exactly what media.blend takes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

REFERENCE_SIDE = 1080  # layouts are written for a canvas whose shorter side is 1080 and scaled to the canvas


@dataclass(frozen=True)
class OverlayImage:
    """A rendered overlay: premultiplied BGRA pixels and where their top-left goes on the canvas."""

    pixels: np.ndarray  # (height, width, 4) uint8
    x: int
    y: int

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


def transparent_image(width: int, height: int) -> QImage:
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def begin_painter(image: QImage) -> QPainter:
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    return painter


def to_bgra(image: QImage) -> np.ndarray:
    """A copy of the image's pixels as (h, w, 4) premultiplied BGRA, independent of the QImage."""
    if sys.byteorder != "little":  # ARGB32 words are stored B, G, R, A only on little-endian machines
        image = image.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied).rgbSwapped()
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return rows[:, : width * 4].reshape(height, width, 4).copy()


def scale_for(canvas_width: int, canvas_height: int) -> float:
    """Layout units to canvas pixels: by the shorter side, so 1920x1080 and 1080x1920 are both
    1.0 and a card laid out for the one fits the other's width."""
    return min(canvas_width, canvas_height) / REFERENCE_SIDE
