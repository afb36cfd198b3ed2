"""Starting the studio: the Qt application with asyncio on its event loop, the store, the window,
and the show it opens with: the program running (the camera, else the test pattern) and nothing
published; with --rehearsal, a rehearsal with a product pinned and the practice audience buying."""

from __future__ import annotations

import asyncio
import logging
import sys

import qasync
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from resources import resource_path
from studio import __version__
from studio.first_run import needs_first_run, stored_camera
from studio.live.default_source import default_source
from studio.live.settings import ShowSettings
from studio.paths import Paths
from studio.settings import window_language
from studio.show_defaults import read_show_defaults
from studio.store import open_store
from ui.main_window import MainWindow
from ui.qt_log import route_qt_messages
from ui.show_bridge import ShowBridge
from ui.show_controls import rehearsal_settings
from ui.translations import install_translators

log = logging.getLogger(__name__)

DESKTOP_ID = "org.vitrina.Studio"


def studio_settings(paths: Paths, source: str) -> ShowSettings:
    """What the window's shows open with: the Video, Audio and Chat settings (at first 1280x720 at
    30 fps with a tone) from `source`."""
    return read_show_defaults(paths).settings(source)


def run_studio(paths: Paths, rehearsal: bool = False) -> int:
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vitrina")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Vitrina")
    QApplication.setDesktopFileName(DESKTOP_ID)  # the window belongs to packaging/org.vitrina.Studio.desktop
    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "vitrina.svg"))))
    db = open_store(paths)  # the demo catalog and scenes on a fresh data dir
    try:
        log.info("the window speaks %s", install_translators(app, window_language(db)))
        first_run = needs_first_run(db) and not rehearsal
        camera = stored_camera(db, default_source())
    finally:
        db.conn.close()
    settings = studio_settings(paths, camera)
    bridge = ShowBridge(paths)
    window = MainWindow(bridge, settings, paths.window_settings)
    window.crash_handler.install()
    window.show()
    bridge.open_show(rehearsal_settings(settings) if rehearsal else settings)
    if first_run:
        window.open_first_run()
    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(window.crash_handler.asyncio_handler)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
