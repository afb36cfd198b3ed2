"""Qt's own messages (a plugin that failed, a font not found) into the studio's log, so the file a
user sends with a bug report has them too, masked like every other line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
          QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
          QtMsgType.QtFatalMsg: logging.CRITICAL}


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    logging.getLogger(f"qt.{category}").log(LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> Callable[..., Any] | None:
    """Installs the handler; returns the one it replaced (for a test to put back)."""
    return qInstallMessageHandler(log_qt_message)
