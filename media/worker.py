"""A thing that runs on its own thread until stopped: sources, the tone, the compositor clock."""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod

log = logging.getLogger(__name__)


class Worker(ABC):
    thread_name = "worker"

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run_safely, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("%s did not stop within %.1f s", self.thread_name, timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _should_stop(self, wait: float = 0.0) -> bool:
        return self._stopping.wait(wait) if wait > 0 else self._stopping.is_set()

    def _run_safely(self) -> None:
        try:
            self._run()
        except Exception:
            log.exception("%s failed", self.thread_name)

    @abstractmethod
    def _run(self) -> None:
        """Work until `_should_stop()`."""
