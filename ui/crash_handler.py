"""An exception in a slot or an event handler: logged with its traceback and shown in a dialog,
while the show keeps running (qutebrowser's misc/crashsignal.py is the model). One dialog at a
time: a slot failing on every frame does not bury the presenter under windows."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler(QObject):
    _raised = Signal(str, str)  # what happened, the traceback: shown on the GUI thread

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._previous: ExceptHook | None = None
        self.dialog: QMessageBox | None = None
        self.repeats = 0
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self._hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, self._previous = self._previous, None

    def _hook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, trace)
            return
        log.error("an error in the window; the show goes on", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        self._raised.emit(f"{kind.__name__}: {error}" if str(error) else kind.__name__, details)

    @Slot(str, str)
    def _show(self, what: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.repeats += 1
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                          self.tr("The show keeps running. What happened:\n{what}").format(what=what),
                          QMessageBox.StandardButton.Close, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        box.setInformativeText(self.tr("It is in the log too, with everything a bug report needs."))
        self.dialog = box
        box.open()
