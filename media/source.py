"""The one interface every video source stands behind: camera, screen, file, image, pattern.

A source runs its own thread and keeps only its latest frame in a slot; readers take
that frame whenever they like and never wait for the next one.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod

from media.frame import Frame

log = logging.getLogger(__name__)


class LatestFrameSlot:
    """Holds one frame: a new one replaces the old, nothing queues."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frame: Frame | None = None

    def put(self, frame: Frame) -> None:
        with self._lock:
            self._frame = frame

    def latest(self) -> Frame | None:
        with self._lock:
            return self._frame


class Source(ABC):
    """A video source with its own capture thread. `start()` then `latest()`; `stop()` joins the thread."""

    name: str = "source"

    def __init__(self) -> None:
        self._slot = LatestFrameSlot()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run_safely, name=f"source-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("source %s did not stop within %.1f s", self.name, timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def latest(self) -> Frame | None:
        return self._slot.latest()

    def _publish(self, frame: Frame) -> None:
        self._slot.put(frame)

    def _should_stop(self, wait: float = 0.0) -> bool:
        return self._stopping.wait(wait) if wait > 0 else self._stopping.is_set()

    def _run_safely(self) -> None:
        try:
            self._run()
        except Exception:
            log.exception("source %s failed", self.name)

    @abstractmethod
    def _run(self) -> None:
        """Produce frames with `_publish` until `_should_stop()`."""
