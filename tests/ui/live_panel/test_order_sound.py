"""The order chime: played where the audio output can play it, else the beep, never a warning."""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory
from PySide6.QtMultimedia import QMediaDevices

from ui.live_panel.order_sound import OrderSound


def test_without_an_audio_output_an_order_beeps_and_qt_warns_of_nothing(qtbot):
    sound = OrderSound()
    sound.play()  # pytest-qt fails the test on the warning QSoundEffect gives where it cannot play
    if QMediaDevices.defaultAudioOutput().isNull():
        assert not sound.chimes
    sound.play()  # the second order takes the same way, looked up once


def test_muted_nothing_is_looked_up(qtbot):
    sound = OrderSound()
    sound.muted = True
    sound.play()
    assert not sound.chimes and not sound._looked


def test_prepared_before_the_first_order_the_chime_is_looked_up_once(qtbot):
    sound = OrderSound()
    sound.prepare()
    assert sound._looked
    chimes = sound.chimes
    sound.play()
    assert sound.chimes == chimes


def test_looking_the_chime_up_silences_the_backends_library_probes(qtbot):
    """Their notes come from inside the dynamic loader's lock, through the Python message handler:
    said, a thread importing a module at that moment deadlocked the window as it opened."""
    probes = QLoggingCategory("qt.multimedia.symbolsresolver")
    OrderSound().prepare()
    assert not probes.isWarningEnabled() and not probes.isInfoEnabled()
