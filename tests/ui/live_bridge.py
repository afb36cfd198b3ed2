"""A real ShowBridge with a real LiveShow at a small size, for the docks' tests, and ways to
look at what the show composes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.scenes import StoredScene, save_scene
from studio.store import store_session
from ui.show_bridge import ShowBridge

T = TypeVar("T", bound=QWidget)
OPEN_TIMEOUT_MS = 60_000
BLUE = (192, 96, 32)  # BGR of colour:#2060C0
SMALL = ShowSettings(width=320, height=180, audio="none", source="colour:#2060C0", scene="Camera")


@contextmanager
def open_bridge(qtbot, paths: Paths, settings: ShowSettings = SMALL) -> Iterator[ShowBridge]:
    bridge = ShowBridge(paths)
    try:
        with qtbot.waitSignal(bridge.show_changed, timeout=OPEN_TIMEOUT_MS,
                              check_params_cb=lambda show: show is not None):
            bridge.open_show(settings)
        yield bridge
    finally:
        bridge.close()


@contextmanager
def docked(qtbot, widget: T) -> Iterator[T]:
    """The widget docked in a shown window, as the studio window will place it; closed after."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget(window))
    dock = QDockWidget("dock", window)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield widget
    finally:
        window.close()


def with_blank_scene(data_dir: Path) -> Paths:
    """A data dir whose scenes are the demo's (Camera, Camera + Product, Screen) and then Blank,
    which has no layers: the program shows the compositor's background and the graphics only."""
    paths = Paths(data_dir)
    with store_session(paths) as db:
        save_scene(db, StoredScene("Blank", ()))
    return paths


def program_pixel(show: LiveShow, y: int = 90, x: int = 160) -> tuple[int, ...] | None:
    frame = show.pipeline.compositor.latest()
    return None if frame is None else tuple(int(value) for value in frame.image[y, x][:3])


def shows(show: LiveShow, colour: tuple[int, int, int], y: int = 90, x: int = 160) -> bool:
    pixel = program_pixel(show, y, x)
    return pixel is not None and bool(np.abs(np.array(pixel) - np.array(colour)).max() <= 2)
