"""A short chime when an order arrives: QtMultimedia's QSoundEffect playing resources/sounds/order.wav
when it is there (it needs the system's audio libraries), else the system beep. Muted, nothing plays."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from resources import resource_path

log = logging.getLogger(__name__)

VOLUME = 0.6


class OrderSound(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self._effect: Any = None
        self._looked = False

    def play(self) -> None:
        if self.muted:
            return
        effect = self._sound_effect()
        if effect is None:
            QApplication.beep()
        else:
            effect.play()

    def _sound_effect(self) -> Any:
        """Made on the first order, so a muted panel never touches the audio system."""
        if not self._looked:
            self._looked = True
            try:  # QtMultimedia loads the system's audio libraries, which a machine may lack
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as error:
                log.info("no QtMultimedia here (%s): a new order beeps", error)
                return None
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", "order.wav"))))
            self._effect.setVolume(VOLUME)
        return self._effect
