"""A logo or watermark from an image file, at a set height and opacity."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from overlays.canvas import OverlayImage, begin_painter, scale_for, to_bgra, transparent_image
from overlays.placement import Anchor, Placement, place
from overlays.shapes import load_picture

log = logging.getLogger(__name__)


def render_logo(path: str, canvas_width: int, canvas_height: int, height: float = 90, opacity: float = 0.85,
                placement: Placement = Placement(Anchor.TOP_RIGHT)) -> OverlayImage | None:
    """None (and a log line) when the file is missing or not an image: the show goes on without it."""
    image = load_picture(path)
    if image is None:
        log.warning("the logo %s cannot be read; it is not shown", path)
        return None
    target_height = max(1, round(height * scale_for(canvas_width, canvas_height)))
    scaled = image.scaledToHeight(target_height, Qt.TransformationMode.SmoothTransformation)
    canvas = transparent_image(scaled.width(), scaled.height())
    painter = begin_painter(canvas)
    painter.setOpacity(max(0.0, min(1.0, opacity)))
    painter.drawImage(0, 0, scaled.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))
    painter.end()
    x, y = place(canvas.width(), canvas.height(), canvas_width, canvas_height, placement)
    return OverlayImage(to_bgra(canvas), x, y)
