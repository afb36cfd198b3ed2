"""Screen capture of a real X server showing a real window."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np
import pytest

from media.source import SourceError
from media.sources.screen import Region, ScreenSource

WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setStyleSheet("background: #ff8000")
window.setGeometry(0, 0, 400, 300)
window.show()
app.exec()
"""


@pytest.fixture
def orange_window(x_display, monkeypatch):
    monkeypatch.setenv("DISPLAY", x_display)
    window = subprocess.Popen([sys.executable, "-c", WINDOW], env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    time.sleep(2.0)
    yield x_display
    window.terminate()
    window.wait(10)


def test_the_screen_source_sees_what_is_on_the_screen(orange_window):
    source = ScreenSource(region=Region(0, 0, 640, 480), fps=30)
    source.start()
    try:
        deadline = time.monotonic() + 5
        while source.latest() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        first = source.latest()
        time.sleep(0.3)
        later = source.latest()
    finally:
        source.stop()
    assert first.image.shape == (480, 640, 4)
    assert np.abs(first.image[100, 100, :3].astype(int) - (0, 128, 255)).max() < 10  # the orange window, BGR
    assert later.index > first.index  # it keeps capturing


def test_no_screen_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":9876")
    with pytest.raises(SourceError, match="screen: no screen to capture"):
        ScreenSource()
