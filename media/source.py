"""The one interface every video source stands behind: camera, screen, file, image, pattern.

A source runs its own thread and keeps only its latest frame in a slot; readers take
that frame whenever they like and never wait for the next one.
"""

from __future__ import annotations

import logging
import threading
from abc import abstractmethod

from media.frame import Frame
from media.worker import Worker

log = logging.getLogger(__name__)


class SourceError(ValueError):
    """A source that cannot start: the message names what is wrong."""


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


class Source(Worker):
    """A video source with its own capture thread. `start()` then `latest()`; `stop()` joins the thread."""

    name: str = "source"

    def __init__(self) -> None:
        super().__init__()
        self._slot = LatestFrameSlot()
        self.thread_name = f"source-{self.name}"

    def latest(self) -> Frame | None:
        return self._slot.latest()

    def _publish(self, frame: Frame) -> None:
        self._slot.put(frame)

    @abstractmethod
    def _run(self) -> None:
        """Produce frames with `_publish` until `_should_stop()`."""
