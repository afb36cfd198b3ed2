"""Starting the studio: the Qt application with asyncio on its event loop, the store, the window."""

from __future__ import annotations

import asyncio
import logging
import sys

import qasync
from PySide6.QtWidgets import QApplication

from media.sources.test_pattern import PatternSize, TestPatternSource
from studio import __version__
from studio.paths import Paths
from studio.store import open_store
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def run_studio(paths: Paths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vitrina")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Vitrina")
    db = open_store(paths)
    db.conn.close()
    program = TestPatternSource(PatternSize(1280, 720), fps=30)
    program.start()
    window = MainWindow(paths.database, program)
    window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        program.stop()
    return 0
