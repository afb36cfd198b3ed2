"""The Audio mixer dock over a real show with a test tone: the meter shows the tone's level,
mute and gain reach the mixer."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from studio.paths import Paths
from tests.ui.live_bridge import SMALL, docked, open_bridge
from ui.level_meter import LevelMeter, meter_fraction
from ui.mixer_dock import MixerDock

TIMEOUT_MS = 20_000
TONE_LEVEL = 0.25  # media.audio.tone's default
TONE_PEAK_DBFS = 20 * math.log10(TONE_LEVEL)  # -12.04
TONE_RMS_DBFS = 20 * math.log10(TONE_LEVEL / math.sqrt(2))  # -15.05


@pytest.fixture
def bridge(qtbot, data_dir):
    with open_bridge(qtbot, Paths(data_dir), replace(SMALL, audio="tone")) as bridge:
        yield bridge


@pytest.fixture
def dock(qtbot, bridge):
    with docked(qtbot, MixerDock(bridge)) as dock:
        yield dock


def pixel(image, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def test_the_meter_shows_the_level_of_the_tone(qtbot, bridge, dock):
    assert list(dock.strips) == ["tone"]
    meter = dock.strips["tone"].meter
    qtbot.waitUntil(lambda: abs(meter.peak_dbfs - TONE_PEAK_DBFS) < 0.5 and abs(meter.rms_dbfs - TONE_RMS_DBFS) < 1.0,
                    timeout=TIMEOUT_MS)
    image = meter.grab().toImage()  # what is painted now, from the values just read
    y = meter.height() // 2
    rms_end, peak_end = meter.bar_end(meter.rms_dbfs), meter.bar_end(meter.peak_dbfs)
    assert 0.73 < rms_end / meter.width() < 0.77 and 0.79 < peak_end / meter.width() < 0.81
    assert pixel(image, rms_end - 3, y) == (230, 190, 30)  # the RMS bar, bright yellow (-20 to -9 dBFS)
    assert pixel(image, meter.bar_end(-30), y) == (46, 160, 67)  # green below -20 dBFS
    dim = pixel(image, (rms_end + peak_end) // 2, y)  # the peak bar beyond the RMS, dimmer
    assert dim != (230, 190, 30) and dim[0] > dim[2] and dim[1] > dim[2]
    assert pixel(image, peak_end + 3, y) == (32, 32, 36)  # nothing beyond the peak


def test_a_silent_meter_paints_no_bar():
    meter = LevelMeter()
    meter.resize(200, 14)
    meter.set_levels(-120.0, -120.0)
    assert meter.peak_dbfs == meter.rms_dbfs == -60.0
    image = meter.grab().toImage()
    assert {pixel(image, x, 10) for x in range(0, 200, 7)} == {(32, 32, 36)}
    assert meter_fraction(3.0) == 1.0 and meter_fraction(-30.0) == 0.5


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.paints += event.type() == QEvent.Type.Paint
        return False


def test_a_level_that_moves_less_than_a_pixel_is_not_painted_again(qtbot):
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(600, 14)  # 0.1 dB a pixel
    meter.show()
    qtbot.waitExposed(meter)
    counter = PaintCounter()
    meter.installEventFilter(counter)
    meter.set_levels(-12.0, -15.0)
    qtbot.waitUntil(lambda: counter.paints == 1, timeout=TIMEOUT_MS)
    meter.set_levels(-12.02, -15.03)  # a steady tone: the bars end where they did
    QApplication.processEvents()
    QApplication.processEvents()
    assert counter.paints == 1 and (meter.peak_dbfs, meter.rms_dbfs) == (-12.02, -15.03)
    meter.set_levels(-12.02, -14.0)
    qtbot.waitUntil(lambda: counter.paints == 2, timeout=TIMEOUT_MS)
    image = meter.grab().toImage()  # the RMS bar is yellow up to -14 dBFS, 460 pixels in, and dim after
    assert pixel(image, 455, 10) == (230, 190, 30) and pixel(image, 465, 10) != (230, 190, 30)


def test_mute_and_gain_reach_the_mixer(qtbot, bridge, dock):
    strip = dock.strips["tone"]
    assert strip.gain_value.text() == "+0.0 dB" and strip.mute.text() == "Mute"
    qtbot.mouseClick(strip.mute, Qt.MouseButton.LeftButton)
    assert bridge.show.audio.inputs()[0].muted
    assert strip.mute.text() == "Muted"
    strip.gain.setValue(-13)  # half decibels
    assert bridge.show.audio.inputs()[0].gain_db == -6.5
    assert strip.gain_value.text() == "-6.5 dB"
    strip.gain.setValue(strip.gain.maximum())
    assert bridge.show.audio.inputs()[0].gain_db == 20.0 and strip.gain_value.text() == "+20.0 dB"
    qtbot.mouseClick(strip.mute, Qt.MouseButton.LeftButton)
    assert not bridge.show.audio.inputs()[0].muted


def test_a_change_made_elsewhere_shows_in_the_strip(qtbot, bridge, dock):
    strip = dock.strips["tone"]
    bridge.show.audio.set_gain("tone", -12.0)  # remote control, say
    bridge.show.audio.set_muted("tone", True)
    qtbot.waitUntil(lambda: strip.gain_value.text() == "-12.0 dB" and strip.mute.isChecked(), timeout=TIMEOUT_MS)
    assert strip.gain.value() == -24 and strip.mute.text() == "Muted"


def test_a_show_without_audio_says_so(qtbot, data_dir):
    with open_bridge(qtbot, Paths(data_dir)) as bridge:
        dock = MixerDock(bridge)
        qtbot.addWidget(dock)
        assert dock.strips == {} and dock.message.text() == "This show has no audio inputs."
    assert not dock.timer.isActive()
