"""Where a monitor draws a frame: at the frame's own size when the compositor scaled it for this
monitor (a copy, no scaling on the GUI thread), letterboxed and scaled otherwise."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize

from media.frame import Frame
from tests.ui.widget_pixels import widget_pixels
from ui.program_monitor import Monitor, place_rect


def test_a_frame_scaled_for_the_monitor_is_drawn_at_its_own_size_in_the_middle():
    area = QRect(0, 0, 640, 659)  # a tall monitor: bars above and below
    assert place_rect(QSize(640, 360), area) == QRect(0, 149, 640, 360)
    assert place_rect(QSize(639, 360), area) == QRect(0, 149, 639, 360)  # the compositor's rounding: still 1:1


def test_a_frame_of_another_size_is_scaled_to_fit_keeping_its_shape():
    assert place_rect(QSize(320, 180), QRect(0, 0, 640, 659)) == QRect(0, 149, 640, 360)
    assert place_rect(QSize(1920, 1080), QRect(10, 0, 800, 300)) == QRect(143, 0, 533, 300)


def test_the_monitor_draws_the_compositors_opaque_frame_pixel_for_pixel(qtbot):
    picture = np.zeros((180, 320, 4), np.uint8)
    picture[..., :3] = np.random.default_rng(7).integers(0, 256, (180, 320, 3), dtype=np.uint8)
    picture[..., 3] = 255  # opaque BGRA, as the compositor makes it
    monitor = Monitor("Program")
    qtbot.addWidget(monitor)
    monitor.resize(320, 300)  # taller than the picture: bars above and below
    frame = Frame(picture, 0.0, 1)
    monitor.watch(lambda: frame)
    monitor.show()
    qtbot.waitUntil(lambda: monitor.shown_index == 1, timeout=10000)
    pixels = widget_pixels(monitor)
    drawn = place_rect(QSize(320, 180), monitor.rect())
    assert drawn == QRect(0, 60, 320, 180)
    assert np.array_equal(pixels[60:240, 0:320, :3], picture[..., :3])


def test_a_hidden_monitor_asks_for_no_frames_and_asks_again_when_shown(qtbot):
    asked: list[int] = []
    frame = Frame(np.zeros((180, 320, 4), np.uint8), 0.0, 1)
    monitor = Monitor("Preview")
    qtbot.addWidget(monitor)
    monitor.watch(lambda: asked.append(1) or frame)  # type: ignore[func-returns-value]
    monitor.show()
    qtbot.waitUntil(lambda: monitor.shown_index == 1, timeout=10000)
    monitor.hide()  # studio mode off: the preview is hidden
    assert not monitor._timer.isActive()
    asked.clear()
    monitor.show()
    assert monitor._timer.isActive()
    qtbot.waitUntil(lambda: len(asked) > 0, timeout=10000)
