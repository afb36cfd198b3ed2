"""The one thread base: sources, the compositor clock, the encoder, outputs, the director, the
chat floor and loaders all run as a Worker. Each has a typed health (media/health.py); a part
that fails says so once, with its reason, to whoever watches it, and the rest of the show goes on."""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable

from media.health import Health, PartState
from media.native_thread_name import name_this_thread

log = logging.getLogger(__name__)

HealthListener = Callable[[str, Health], None]  # (the part's name, its new health), on any thread


class Worker(ABC):
    thread_name = "worker"

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._health = Health()
        self._health_lock = threading.Lock()
        self._listeners: list[HealthListener] = []

    @property
    def part_name(self) -> str:
        """The name its health is reported under: safe to show (secrets masked)."""
        return self.thread_name

    def watch(self, listener: HealthListener) -> None:
        """Calls `listener` on every change of health, from whichever thread made it."""
        self._listeners.append(listener)

    @property
    def health(self) -> Health:
        return self._health

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._set_health(Health(PartState.STARTING))
        self._thread = threading.Thread(target=self._run_safely, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("%s did not stop within %.1f s", self.thread_name, timeout)
            self._thread = None
        if not self._health.failed:
            self._set_health(Health(PartState.STOPPED))

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _should_stop(self, wait: float = 0.0) -> bool:
        return self._stopping.wait(wait) if wait > 0 else self._stopping.is_set()

    def _wake(self) -> None:  # noqa: B027  # most workers wait on `_should_stop` and need nothing here
        """Called by `stop()`: a worker that waits on something other than `_should_stop` wakes here."""

    def _set_health(self, health: Health) -> None:
        """A failure with the same reason as the one before is not said again."""
        with self._health_lock:
            previous, self._health = self._health, health
        if health == previous or (health.failed and previous.failed and health.reason == previous.reason):
            return
        if health.failed:
            log.warning("%s failed: %s", self.part_name, health.reason)
        for listener in list(self._listeners):
            try:
                listener(self.part_name, health)
            except Exception:  # a driver's bug must not end the part it watches
                log.exception("a listener of %s failed", self.part_name)

    def _fail(self, reason: str) -> None:
        self._set_health(Health(PartState.FAILED, reason))

    def _run_safely(self) -> None:
        name_this_thread(self.thread_name)
        try:
            self._run()
        except Exception as error:
            log.exception("%s failed", self.thread_name)
            self._fail(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)

    @abstractmethod
    def _run(self) -> None:
        """Work until `_should_stop()`."""


class Task(Worker):
    """One piece of slow work (stopping a recording, ending a show) off the caller's thread:
    it runs once, and a failure is reported like any part's."""

    def __init__(self, name: str, work: Callable[[], None]) -> None:
        super().__init__()
        self.thread_name = name
        self._work = work

    def _run(self) -> None:
        self._set_health(Health(PartState.RUNNING))
        self._work()
        self._set_health(Health(PartState.STOPPED))

    def join(self, timeout: float | None = None) -> bool:
        """Waits for the work to end; True when it has."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.running
