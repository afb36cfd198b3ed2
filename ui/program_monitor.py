"""The program monitor: shows the latest frame of what goes on air, letterboxed, at the screen's pace."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from media.source import Source

REFRESH_MS = 33
BACKGROUND = QColor("#101014")


def frame_to_qimage(image: np.ndarray) -> QImage:
    """A QImage over the frame's own memory (BGR888 or ARGB32 for BGRA); the caller keeps `image` alive."""
    height, width, channels = image.shape
    fmt = QImage.Format.Format_BGR888 if channels == 3 else QImage.Format.Format_ARGB32_Premultiplied
    return QImage(image.data, width, height, int(image.strides[0]), fmt)


def fit_rect(frame: QSize, area: QRect) -> QRect:
    scaled = frame.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


class ProgramMonitor(QWidget):
    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.shown_index = -1
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_new)
        self._timer.start()

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def _refresh_if_new(self) -> None:
        frame = self.source.latest()
        if frame is not None and frame.index != self.shown_index:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        frame = self.source.latest()
        if frame is None:
            painter.setPen(QColor("#8a8a99"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Starting the program…")
            return
        image = frame_to_qimage(frame.image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(fit_rect(image.size(), self.rect()), image)
        self.shown_index = frame.index
