"""Where a monitor draws a frame: at the frame's own size when the compositor scaled it for this
monitor (a copy, no scaling on the GUI thread), letterboxed and scaled otherwise."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from ui.program_monitor import place_rect


def test_a_frame_scaled_for_the_monitor_is_drawn_at_its_own_size_in_the_middle():
    area = QRect(0, 0, 640, 659)  # a tall monitor: bars above and below
    assert place_rect(QSize(640, 360), area) == QRect(0, 149, 640, 360)
    assert place_rect(QSize(639, 360), area) == QRect(0, 149, 639, 360)  # the compositor's rounding: still 1:1


def test_a_frame_of_another_size_is_scaled_to_fit_keeping_its_shape():
    assert place_rect(QSize(320, 180), QRect(0, 0, 640, 659)) == QRect(0, 149, 640, 360)
    assert place_rect(QSize(1920, 1080), QRect(10, 0, 800, 300)) == QRect(143, 0, 533, 300)
