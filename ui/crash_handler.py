"""An unexpected exception anywhere (a slot, an event handler, a thread, an asyncio task): logged
with its traceback, written to a crash report in the logs folder (secrets masked) and shown in a
dialog with "Copy details", while the show keeps running (qutebrowser's misc/crashsignal.py is
the model). One dialog at a time: a slot failing on every frame does not bury the presenter."""

from __future__ import annotations

import asyncio
import logging
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from studio import __version__
from studio.log_redaction import redact_secrets
from ui.error_dialog import ErrorDialog

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]
REPORTS_KEPT = 20


class CrashHandler(QObject):
    _raised = Signal(str, str, object)  # what happened, the details, the report's path: shown on the GUI thread

    def __init__(self, parent: QWidget, logs: Path | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self.logs = logs
        self._previous: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None
        self.dialog: ErrorDialog | None = None
        self.repeats = 0
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self._hook
        self._previous_thread_hook, threading.excepthook = threading.excepthook, self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, self._previous = self._previous, None
        if self._previous_thread_hook is not None:
            threading.excepthook, self._previous_thread_hook = self._previous_thread_hook, None

    def asyncio_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """For `loop.set_exception_handler`: a task's error, or else the loop's own message."""
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.report(type(error), error, error.__traceback__, where="an asyncio task")
        else:
            loop.default_exception_handler(context)

    def _hook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, trace)
            return
        self.report(kind, error, trace, where="the window")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where=f"the thread {name}")

    def report(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None, where: str) -> None:
        """Callable from any thread: the log, the report file, then the dialog on the GUI thread."""
        log.error("an error in %s; the show goes on", where, exc_info=(kind, error, trace))
        what = redact_secrets(f"{kind.__name__}: {error}" if str(error) else kind.__name__)
        details = redact_secrets(self._header(where) + "".join(traceback.format_exception(kind, error, trace)))
        self._raised.emit(what, details, self._write(details))

    def _header(self, where: str) -> str:
        return (f"Vitrina {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
                f"In {where}, {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n\n")

    def _write(self, details: str) -> Path | None:
        if self.logs is None:
            return None
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            report = self.logs / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 1_000_000_000:09d}.txt"
            report.write_text(details, encoding="utf-8")
            for old in sorted(self.logs.glob("crash-*.txt"))[:-REPORTS_KEPT]:
                old.unlink(missing_ok=True)
        except OSError as failure:
            log.warning("could not write the crash report in %s: %s", self.logs, failure)
            return None
        return report

    @Slot(str, str, object)
    def _show(self, what: str, details: str, report: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.repeats += 1
            return
        self.dialog = ErrorDialog(what, details, report, self._window)
        self.dialog.open()
