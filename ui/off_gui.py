"""Work that must not run on the GUI thread (a store query, the keyring, opening a camera), run
on a `media.worker.Task` with its result delivered back on the GUI thread by a queued signal,
the way Picard's util/thread.py does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from media.worker import Task
from ui.refusals import reason_text

log = logging.getLogger(__name__)


class OffGui(QObject):
    """One per widget that needs it; `run(work, done)` calls `done(result)` on the GUI thread,
    or `failed(message)` when the work raised."""

    _finished = Signal(object, object)  # the callback, the result
    _raised = Signal(object, str)  # the error callback, the message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._finished.connect(self._call, Qt.ConnectionType.QueuedConnection)
        self._raised.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[str], None] | None = None) -> None:
        def attempt() -> None:
            try:
                result = work()
            except Exception as error:
                log.exception("%s failed", name)
                if failed is not None:
                    self._raised.emit(failed, reason_text(error))
                return
            self._finished.emit(done, result)

        task = Task(name, attempt)
        self._tasks = [kept for kept in self._tasks if kept.running] + [task]
        task.start()

    def wait(self, timeout: float = 30.0) -> None:
        """For closing: every task ends before its widget goes."""
        for task in self._tasks:
            task.join(timeout)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)
