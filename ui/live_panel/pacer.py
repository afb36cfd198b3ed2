"""Hands lines on to a view at most once an interval: the first at once, those that come sooner
after it together when the interval is up. Chat at hundreds of messages a second repaints its
table twice a second, not with every batch the reader brings; a quiet chat shows each message
as it comes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

HandOn = Callable[[list[Any]], None]


class Pacer(QObject):
    def __init__(self, interval_ms: int, hand_on: HandOn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._hand_on = hand_on
        self._pending: list[Any] = []
        self._since = QElapsedTimer()  # since the last hand-over; invalid before the first
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)

    def add(self, items: list[Any]) -> None:
        if not items:
            return
        self._pending.extend(items)
        if self._timer.isActive():
            return
        waited = self._since.elapsed() if self._since.isValid() else self.interval_ms
        if waited >= self.interval_ms:
            self.flush()
        else:
            self._timer.start(self.interval_ms - waited)

    def flush(self) -> None:
        """Hands on what waits, now."""
        self._timer.stop()
        items, self._pending = self._pending, []
        if items:
            self._since.start()
            self._hand_on(items)

    def drop(self) -> None:
        """Forgets what waits (the view follows another show)."""
        self._timer.stop()
        self._pending = []

    @property
    def waiting(self) -> tuple[Any, ...]:
        """What waits for the interval, oldest first."""
        return tuple(self._pending)
