"""A monitor: paints the latest frame the compositor has already scaled to monitor size (the
program's, or the preview's in studio mode), letterboxed, when a new one is there. The GUI thread
never converts or scales a full frame: it tells the compositor how big the monitor is, and a new
frame repaints only the picture's rectangle, drawn at its own size (a copy, no scaling)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPaintEvent, QRegion, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from media.frame import Frame

REFRESH_MS = 33
BACKGROUND = QColor("#101014")

FrameGetter = Callable[[], Frame | None]
SizeSetter = Callable[[int, int, int], None]  # width, height (device pixels), each how many frames


class MonitorRate(Enum):
    """How many of the program's frames a monitor shows. Its cost in the window (the compositor's
    scaling and the GUI thread's painting) is most of the window's CPU over the headless show's at
    1080p30 (bench/ui_lag.py): light shows every other frame for half of that."""

    SMOOTH = 1  # every frame
    LIGHT = 2  # every other frame: 15 a second at 30 fps
    OFF = 0  # none: nothing scaled, nothing painted

    @property
    def every(self) -> int:
        """Frames from one shown to the next (off shows none: its size 0 stops the scaling)."""
        return max(1, self.value)

    @classmethod
    def from_setting(cls, value: object) -> MonitorRate:
        """A kept choice, by name; a monitor kept as switched off (the setting was once a bool) stays off."""
        if isinstance(value, str) and value.upper() in cls.__members__:
            return cls[value.upper()]
        return cls.OFF if value is False or str(value).lower() == "false" else DEFAULT_RATE


DEFAULT_RATE = MonitorRate.LIGHT  # a presenter's laptop keeps its CPU for the encoder; a right-click gives smooth


def frame_to_qimage(image: np.ndarray) -> QImage:
    """A QImage over the frame's own memory; the caller keeps `image` alive. The compositor's
    monitor frames are opaque BGRA, which is Qt's RGB32: drawn as a copy (0.06 ms for 640x360 here,
    where taking it as premultiplied ARGB32 blended every pixel, 0.2 ms)."""
    height, width, channels = image.shape
    fmt = QImage.Format.Format_BGR888 if channels == 3 else QImage.Format.Format_RGB32
    return QImage(image.data, width, height, int(image.strides[0]), fmt)


def fit_rect(frame: QSize, area: QRect) -> QRect:
    scaled = frame.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


def place_rect(frame: QSize, area: QRect) -> QRect:
    """Where a frame goes in `area`, letterboxed: at its own size when that is the fit give or take
    a pixel's rounding (a frame the compositor scaled for this monitor), so painting is a copy."""
    fitted = fit_rect(frame, area)
    if abs(fitted.width() - frame.width()) > 1 or abs(fitted.height() - frame.height()) > 1:
        return fitted
    return QRect(area.x() + (area.width() - frame.width()) // 2, area.y() + (area.height() - frame.height()) // 2,
                 frame.width(), frame.height())


class Monitor(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._latest: FrameGetter = lambda: None
        self._resize_to: SizeSetter | None = None
        self._waiting = self.tr("Starting the program…")
        self.shown_index = -1
        self._drawn = QRect()  # where the last frame went
        self.rate = MonitorRate.SMOOTH  # the Program monitor is given the kept choice by its window
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._timer = QTimer(self, interval=REFRESH_MS)  # runs while shown: a hidden preview asks for nothing
        self._timer.timeout.connect(self._refresh_if_new)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def watch(self, latest: FrameGetter, resize_to: SizeSetter | None = None, waiting: str | None = None) -> None:
        """Paints what `latest` gives; tells `resize_to` the monitor's size in device pixels."""
        self._latest, self._resize_to = latest, resize_to
        self._waiting = waiting or self.tr("Starting the program…")
        self.shown_index = -1
        self._tell_size()
        self.update()

    @property
    def switched_on(self) -> bool:
        return self.rate is not MonitorRate.OFF

    def set_rate(self, rate: MonitorRate) -> None:
        """Off, the compositor scales no frames for it (the window's largest cost over the show's);
        light, every other one, and it looks for them half as often."""
        self.rate = rate
        self._timer.setInterval(REFRESH_MS * rate.every)
        self._poll(self.isVisible())
        self.shown_index = -1
        self._tell_size()
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll(shown=True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._poll(shown=False)

    def _poll(self, shown: bool) -> None:
        """New frames are looked for while the monitor is shown and switched on, and only then."""
        if shown and self.switched_on:
            self._timer.start()
        else:
            self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tell_size()

    def _tell_size(self) -> None:
        if self._resize_to is not None:
            ratio = self.devicePixelRatioF() if self.switched_on else 0.0  # size 0: no frames for it
            self._resize_to(round(self.width() * ratio), round(self.height() * ratio), self.rate.every)

    def _refresh_if_new(self) -> None:
        frame = self._latest()
        if frame is not None and frame.index != self.shown_index:
            shape = QSize(frame.image.shape[1], frame.image.shape[0])
            self.update(self._drawn if shape == self._drawn.size() else self.rect())  # only the picture, if it is all that moved

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = self._latest() if self.switched_on else None
        if frame is None:
            painter.fillRect(self.rect(), BACKGROUND)
            painter.setPen(QColor("#8a8a99"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._waiting if self.switched_on else self.tr("The monitor is off to save CPU; "
                                                                            "the show goes on. Right-click to turn it on."))
            self._drawn = QRect()
            return
        image = frame_to_qimage(frame.image)  # already at monitor size: drawn 1:1
        target = place_rect(image.size(), self.rect())
        painter.drawImage(target, image)
        if not target.contains(event.rect()):
            painter.setClipRegion(QRegion(event.rect()).subtracted(QRegion(target)))
            painter.fillRect(self.rect(), BACKGROUND)  # the bars beside or above and below the picture
        self._drawn = target
        self.shown_index = frame.index
