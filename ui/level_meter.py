"""A level meter: peak and RMS bars in dBFS from -60 to 0, painted from values the mixer has
already measured (the dim bar is the peak, the bright one the RMS; green, then yellow from
-20 dBFS, red from -9)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DBFS, CEILING_DBFS = -60.0, 0.0
ZONES = ((-60.0, QColor(46, 160, 67)), (-20.0, QColor(230, 190, 30)), (-9.0, QColor(214, 48, 49)))
BACKGROUND = QColor(32, 32, 36)
TICK = QColor(70, 70, 78)
PEAK_DIMMING = 160  # QColor.darker(): the peak bar behind the RMS bar


def meter_fraction(dbfs: float) -> float:
    """Where `dbfs` falls on the meter: 0 at -60 dBFS (and below), 1 at 0 dBFS."""
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / (CEILING_DBFS - FLOOR_DBFS)))


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peak_dbfs = FLOOR_DBFS  # the values painted, clamped to the meter's range
        self.rms_dbfs = FLOOR_DBFS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills itself: the dock behind is not repainted

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def set_levels(self, peak_dbfs: float, rms_dbfs: float) -> None:
        """Repaints only when a bar's end moves by a pixel: a steady level draws nothing new."""
        drawn = (self.bar_end(self.peak_dbfs), self.bar_end(self.rms_dbfs))
        self.peak_dbfs, self.rms_dbfs = _clamped(peak_dbfs), _clamped(rms_dbfs)
        if (self.bar_end(self.peak_dbfs), self.bar_end(self.rms_dbfs)) != drawn:
            self.update()

    def bar_end(self, dbfs: float) -> int:
        """The x where a bar for `dbfs` ends, in this widget's pixels."""
        return round(meter_fraction(dbfs) * self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        self._bar(painter, self.bar_end(self.peak_dbfs), dim=True)
        self._bar(painter, self.bar_end(self.rms_dbfs), dim=False)
        for dbfs in range(-50, 0, 10):
            x = self.bar_end(dbfs)
            painter.fillRect(QRect(x, 0, 1, max(2, self.height() // 4)), TICK)
        painter.end()

    def _bar(self, painter: QPainter, end: int, dim: bool) -> None:
        for index, (start_dbfs, colour) in enumerate(ZONES):
            start = self.bar_end(start_dbfs)
            stop = min(end, self.bar_end(ZONES[index + 1][0]) if index + 1 < len(ZONES) else self.width())
            if stop > start:
                painter.fillRect(QRect(start, 0, stop - start, self.height()), colour.darker(PEAK_DIMMING) if dim else colour)


def _clamped(dbfs: float) -> float:
    return min(CEILING_DBFS, max(FLOOR_DBFS, dbfs))
