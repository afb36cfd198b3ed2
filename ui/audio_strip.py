"""One input of the mixer: its name, a level meter, a mute button and a gain slider with
the value shown. It follows the mixer (a change made elsewhere shows) except while the user
holds the slider."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSlider, QWidget

from studio.live.audio_controls import MAX_GAIN_DB, MIN_GAIN_DB, AudioInput
from studio.placeholders import fill
from ui.level_meter import LevelMeter
from ui.plain_label import plain_label

STEPS_PER_DB = 2  # the slider moves in half decibels


class AudioStrip(QWidget):
    mute_toggled = Signal(str, bool)  # the input's name, muted
    gain_moved = Signal(str, float)  # the input's name, gain in dB

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.label = plain_label(self, name, wrap=False)
        self.meter = LevelMeter(self)
        self.mute = QPushButton(self.tr("Mute"), self)
        self.mute.setCheckable(True)
        self.mute.setToolTip(self.tr("Mute this input: the stream and the recording go silent for it"))
        self.mute.toggled.connect(self._mute_toggled)
        self.gain = QSlider(Qt.Orientation.Horizontal, self)
        self.gain.setRange(round(MIN_GAIN_DB * STEPS_PER_DB), round(MAX_GAIN_DB * STEPS_PER_DB))
        self.gain.setToolTip(fill(self.tr("Gain, from %1 to +%2 dB"), f"{MIN_GAIN_DB:g}", f"{MAX_GAIN_DB:g}"))
        self.gain.valueChanged.connect(self._gain_moved)
        self.gain_value = plain_label(self, wrap=False)
        self.gain_value.setMinimumWidth(self.gain_value.fontMetrics().horizontalAdvance("+20.0 dB "))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.meter, 0, 1, 1, 2)
        layout.addWidget(self.mute, 1, 0)
        layout.addWidget(self.gain, 1, 1)
        layout.addWidget(self.gain_value, 1, 2)
        self._show_gain(0.0)

    def show_input(self, state: AudioInput) -> None:
        self.meter.set_levels(state.peak_dbfs, state.rms_dbfs)
        if self.mute.isChecked() != state.muted:
            self.mute.blockSignals(True)
            self.mute.setChecked(state.muted)
            self.mute.blockSignals(False)
            self._show_muted(state.muted)
        if not self.gain.isSliderDown() and self.gain.value() != round(state.gain_db * STEPS_PER_DB):
            self.gain.blockSignals(True)
            self.gain.setValue(round(state.gain_db * STEPS_PER_DB))
            self.gain.blockSignals(False)
            self._show_gain(state.gain_db)

    def _mute_toggled(self, muted: bool) -> None:
        self._show_muted(muted)
        self.mute_toggled.emit(self.name, muted)

    def _gain_moved(self, steps: int) -> None:
        gain_db = steps / STEPS_PER_DB
        self._show_gain(gain_db)
        self.gain_moved.emit(self.name, gain_db)

    def _show_muted(self, muted: bool) -> None:
        self.mute.setText(self.tr("Muted") if muted else self.tr("Mute"))

    def _show_gain(self, gain_db: float) -> None:
        self.gain_value.setText(self.tr("%1 dB").replace("%1", f"{gain_db:+.1f}"))
