"""QPainter text needs a Qt application. A show without a window (`vitrina run`, a bench)
gets a QGuiApplication on the offscreen platform, made once and kept for the process."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_lock = threading.Lock()
_made: list[QGuiApplication] = []  # the one the process made here, kept alive as long as the process


def ensure_painter_app() -> None:
    """Makes an offscreen QGuiApplication unless the process already has a Qt application (the window's)."""
    with _lock:
        if QCoreApplication.instance() is None:
            _made.append(QGuiApplication(["vitrina", "-platform", "offscreen"]))
