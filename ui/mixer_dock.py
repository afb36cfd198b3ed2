"""The Audio mixer dock: a strip per input of the show's mixer (a level meter, mute, gain).
The meters are refreshed about 15 times a second from levels the mixer has already measured on
its own thread: nothing here touches audio samples."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.live.settings import ShowSettingError
from studio.live.show import LiveShow
from ui.audio_strip import AudioStrip
from ui.plain_label import plain_label
from ui.refusals import reason_text
from ui.show_bridge import ShowBridge

log = logging.getLogger(__name__)

METER_MS = 66  # about 15 refreshes a second


class MixerDock(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.strips: dict[str, AudioStrip] = {}
        self.message = plain_label(self)
        self._strips_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._strips_layout)
        layout.addWidget(self.message)
        layout.addStretch()
        self.timer = QTimer(self, interval=METER_MS)
        self.timer.timeout.connect(self.refresh)
        bridge.show_changed.connect(self._show_changed)
        bridge.ended.connect(lambda *_ended: self._show_changed(None))
        self._show_changed(bridge.show)

    def _show_changed(self, show: LiveShow | None) -> None:
        for strip in self.strips.values():
            strip.deleteLater()
        self.strips = {}
        self.timer.stop()
        if show is None:
            self.message.setText(self.tr("No show is open."))
            return
        inputs = show.audio.inputs()
        self.message.setText("" if inputs else self.tr("This show has no audio inputs."))
        for state in inputs:
            strip = AudioStrip(state.name, self)
            strip.mute_toggled.connect(self._set_muted)
            strip.gain_moved.connect(self._set_gain)
            strip.show_input(state)
            self._strips_layout.addWidget(strip)
            self.strips[state.name] = strip
        if inputs:
            self.timer.start()

    def refresh(self) -> None:
        show = self._bridge.show
        if show is None:
            return
        for state in show.audio.inputs():
            strip = self.strips.get(state.name)
            if strip is not None:
                strip.show_input(state)

    def _set_muted(self, name: str, muted: bool) -> None:
        self._control(lambda show: show.audio.set_muted(name, muted))

    def _set_gain(self, name: str, gain_db: float) -> None:
        self._control(lambda show: show.audio.set_gain(name, gain_db))

    def _control(self, change: Callable[[LiveShow], None]) -> None:
        show = self._bridge.show
        if show is None:
            return
        try:
            change(show)
        except ShowSettingError as error:
            self.message.setText(reason_text(error))
