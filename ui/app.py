"""Starting the studio: the Qt application with asyncio on its event loop, the store, the window,
and the show it opens with: the program running (the camera, else the test pattern) and nothing
published; with --rehearsal, a rehearsal with a product pinned and the practice audience buying."""

from __future__ import annotations

import asyncio
import logging
import sys

import qasync
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.live.default_source import default_source
from studio.live.settings import ShowSettings
from studio.paths import Paths
from studio.settings import window_language
from studio.show_defaults import read_show_defaults
from studio.store import open_store
from ui.main_window import MainWindow
from ui.show_bridge import ShowBridge
from ui.show_controls import rehearsal_settings
from ui.translations import install_translators

log = logging.getLogger(__name__)


def studio_settings(paths: Paths, source: str) -> ShowSettings:
    """What the window's shows open with: the Video, Audio and Chat settings (at first 1280x720 at
    30 fps with a tone) from `source`."""
    return read_show_defaults(paths).settings(source)


def run_studio(paths: Paths, rehearsal: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vitrina")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Vitrina")
    store = open_store(paths)  # the demo catalog and scenes on a fresh data dir
    try:
        log.info("the window speaks %s", install_translators(app, window_language(store)))
    finally:
        store.conn.close()
    settings = studio_settings(paths, default_source())
    bridge = ShowBridge(paths)
    window = MainWindow(bridge, settings, paths.window_settings)
    window.crash_handler.install()
    window.show()
    bridge.open_show(rehearsal_settings(settings) if rehearsal else settings)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
