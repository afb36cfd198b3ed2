"""Drawing pieces every overlay shares: rounded panels, pills of text, pictures that fill a box."""

from __future__ import annotations

import logging
import stat
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from overlays.text import plain, text_width

log = logging.getLogger(__name__)

PLACEHOLDER_FILL = QColor("#e9e6f2")
PLACEHOLDER_MARK = QColor("#b9b2cf")


def rounded_path(box: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(box, radius, radius)
    return path


def rounded_panel(painter: QPainter, box: QRectF, colour: QColor, radius: float) -> None:
    painter.fillPath(rounded_path(box, radius), colour)


def pill(painter: QPainter, left: float, top: float, text: str, font: QFont, fill: QColor, ink: QColor,
         padding: float, height: float, max_width: float) -> float:
    """A rounded label; returns its width. Text that does not fit is elided."""
    label = QFontMetricsF(font).elidedText(plain(text), Qt.TextElideMode.ElideRight, max(0.0, max_width - 2 * padding))
    width = min(max_width, text_width(label, font) + 2 * padding)
    box = QRectF(left, top, width, height)
    rounded_panel(painter, box, fill, height / 2)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    return width


def load_picture(path: str | None) -> QImage | None:
    """The picture, or None when it is missing, remote or unreadable (a placeholder is drawn)."""
    if not path or _file_version(path) is None:
        return None
    image = QImage(path)
    if image.isNull():
        log.info("picture %s cannot be read; drawing a placeholder", path)
        return None
    return image


def fitted_picture(path: str | None, width: int, height: int) -> QImage | None:
    """The picture at `path` scaled and centre-cropped to width x height, or None (a placeholder).

    Cached by file and modification time: a card re-rendered because its stock changed does
    not decode its picture again, and a replaced photo is read anew."""
    version = _file_version(path)
    return None if version is None else _fitted(path, version, width, height)


def _file_version(path: str | None) -> int | None:
    """The file's modification time, or None when `path` is empty, remote or no regular file.

    Paths come from imported sheets: a NUL byte, a 5,000-character name or half a surrogate
    pair is a missing picture, not an exception."""
    if not path or "://" in path:
        return None
    try:
        status = Path(path).stat()
    except (OSError, ValueError):
        return None
    return status.st_mtime_ns if stat.S_ISREG(status.st_mode) else None


@lru_cache(maxsize=16)
def _fitted(path: str, modified: int, width: int, height: int) -> QImage | None:
    image = load_picture(path)
    if image is None:
        return None
    scaled = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    return scaled.copy((scaled.width() - width) // 2, (scaled.height() - height) // 2, width, height)


def picture(painter: QPainter, image: QImage | None, box: QRectF, radius: float) -> None:
    """Draws `image` (already fitted to `box`) with rounded corners, or a placeholder."""
    painter.save()
    painter.setClipPath(rounded_path(box, radius))
    if image is None:
        _placeholder(painter, box)
    else:
        painter.drawImage(box, image)
    painter.restore()


def _placeholder(painter: QPainter, box: QRectF) -> None:
    painter.fillRect(box, PLACEHOLDER_FILL)
    side = min(box.width(), box.height()) * 0.42
    bag = QRectF(box.center().x() - side / 2, box.center().y() - side / 3, side, side * 0.8)
    rounded_panel(painter, bag, PLACEHOLDER_MARK, side * 0.12)
    handle = QRectF(bag.center().x() - side * 0.22, bag.top() - side * 0.25, side * 0.44, side * 0.5)
    painter.save()
    painter.setPen(QPen(PLACEHOLDER_MARK, max(1.0, side * 0.07)))
    painter.drawArc(handle, 0, 180 * 16)
    painter.restore()
