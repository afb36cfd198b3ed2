"""A short chime when an order arrives: QtMultimedia's QSoundEffect playing resources/sounds/order.wav
when it can (the system's audio libraries, and an output that plays the chime's format), else the
system beep. Muted, nothing plays."""

from __future__ import annotations

import logging
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLoggingCategory, QObject, QUrl
from PySide6.QtWidgets import QApplication

from resources import resource_path

log = logging.getLogger(__name__)

VOLUME = 0.6
# Qt Multimedia's FFmpeg backend probes for PipeWire and VA-API as its libraries load, inside the
# dynamic loader's lock, and says what it lacks through the message handler, which is Python and
# needs the GIL. A thread holding the GIL while it waits for that lock (importing a module) then
# deadlocked the window as it opened (4 starts of 8 on a machine with no PipeWire nor VA-API). The probes' notes are not said.
QUIET_PROBES = "qt.multimedia.symbolsresolver=false"


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

    def prepare(self) -> None:
        """Looks the chime up now (loading QtMultimedia and asking for the audio output takes ~75 ms
        here), so the show's first order does not stall the window; muted, nothing is touched."""
        if not self.muted:
            self._sound_effect()

    def _sound_effect(self) -> Any:
        """Made once, at `prepare` or the first order: a muted panel never touches the audio system."""
        if not self._looked:
            self._looked = True
            QLoggingCategory.setFilterRules(QUIET_PROBES)
            try:  # QtMultimedia loads the system's audio libraries, which a machine may lack
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as error:
                log.info("no QtMultimedia here (%s): a new order beeps", error)
                return None
            chime = resource_path("sounds", "order.wav")
            if not _output_plays(chime):
                return None
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(chime)))
            self._effect.setVolume(VOLUME)
        return self._effect

    @property
    def chimes(self) -> bool:
        """Whether an order plays the chime (else the beep), once one has been played."""
        return self._effect is not None


def _output_plays(chime: Path) -> bool:
    """Whether the default audio output plays the chime's format: QSoundEffect only warns that it cannot."""
    from PySide6.QtMultimedia import QAudioFormat, QMediaDevices

    SAMPLE_FORMATS = {1: QAudioFormat.SampleFormat.UInt8, 2: QAudioFormat.SampleFormat.Int16,
                      4: QAudioFormat.SampleFormat.Int32}
    output = QMediaDevices.defaultAudioOutput()
    if output.isNull():
        log.info("no audio output here: a new order beeps")
        return False
    with wave.open(str(chime)) as sound:
        wanted = QAudioFormat()
        wanted.setSampleRate(sound.getframerate())
        wanted.setChannelCount(sound.getnchannels())
        wanted.setSampleFormat(SAMPLE_FORMATS.get(sound.getsampwidth(), QAudioFormat.SampleFormat.Unknown))
    if not output.isFormatSupported(wanted):
        log.info("the audio output %s does not play %d Hz, %d channel(s): a new order beeps", output.description(),
                 wanted.sampleRate(), wanted.channelCount())
        return False
    return True
