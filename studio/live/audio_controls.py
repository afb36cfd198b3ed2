"""The show's audio inputs as a driver sees them: a level meter, mute and gain per input."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from media.audio.mixer import Mixer
from studio.live.settings import ShowSettingError
from studio.translatable import QT_TRANSLATE_NOOP

MIN_GAIN_DB, MAX_GAIN_DB = -60.0, 20.0


@dataclass(frozen=True)
class AudioInput:
    name: str
    gain_db: float
    muted: bool
    peak_dbfs: float
    rms_dbfs: float


AudioListener = Callable[[AudioInput], None]  # the input as it is after a change


class AudioControls:
    def __init__(self, mixer: Mixer | None, on_change: AudioListener | None = None) -> None:
        self._mixer = mixer
        self._on_change = on_change

    def inputs(self) -> list[AudioInput]:
        if self._mixer is None:
            return []
        return [AudioInput(name, channel.gain_db, channel.muted, channel.levels.peak_dbfs, channel.levels.rms_dbfs)
                for name, channel in list(self._mixer.inputs.items())]

    def set_muted(self, name: str, muted: bool) -> None:
        self._input(name)
        assert self._mixer is not None
        self._mixer.set_muted(name, muted)
        self._changed(name)

    def set_gain(self, name: str, gain_db: float) -> None:
        self._input(name)
        if not MIN_GAIN_DB <= gain_db <= MAX_GAIN_DB:
            raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "gain %1 dB: choose from %2 to +%3 dB"), f"{gain_db:g}", f"{MIN_GAIN_DB:g}", f"{MAX_GAIN_DB:g}")
        assert self._mixer is not None
        self._mixer.set_gain(name, gain_db)
        self._changed(name)

    def _changed(self, name: str) -> None:
        if self._on_change is not None:
            self._on_change(next(audio for audio in self.inputs() if audio.name == name))

    def _input(self, name: str) -> None:
        if self._mixer is None or name not in self._mixer.inputs:
            known = ", ".join(self._mixer.inputs) if self._mixer is not None and self._mixer.inputs else "none"
            raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "audio input %1: no such input (there are: %2)"), name, known)
