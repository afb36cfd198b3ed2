"""Qt's own warnings reach the studio's log file."""

from __future__ import annotations

from PySide6.QtCore import qInstallMessageHandler, qWarning

from studio.log_setup import LOG_FILE, configure_logging
from studio.paths import Paths
from ui.qt_log import route_qt_messages


def test_a_qt_warning_is_a_line_of_the_log(tmp_path, qapp):
    paths = Paths(tmp_path)
    configure_logging(paths)
    previous = route_qt_messages()
    try:
        qWarning("a plugin said rtmp://host/app/sekret-key is odd")
    finally:
        qInstallMessageHandler(previous)
    written = (paths.logs / LOG_FILE).read_text(encoding="utf-8")
    assert "WARNING MainThread qt.default: a plugin said rtmp://host/app/**** is odd" in written
