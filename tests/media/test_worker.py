"""The one thread base: a part that fails says so once, with its reason, and the show goes on."""

from __future__ import annotations

import threading

from media.health import Health, PartState
from media.worker import Task, Worker


class Flaky(Worker):
    thread_name = "flaky"

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def _run(self) -> None:
        self._set_health(Health(PartState.RUNNING))
        for _ in range(self.failures):
            self._fail("the device went away")
        raise OSError("no such device")


def test_a_failure_is_reported_once_with_its_reason():
    seen: list[tuple[str, Health]] = []
    done = threading.Event()
    worker = Flaky(failures=5)
    worker.watch(lambda name, health: (seen.append((name, health)), health.reason == "OSError: no such device"
                                       and done.set()))
    worker.start()
    assert done.wait(30)
    worker.stop()
    states = [(health.state, health.reason) for _, health in seen]
    assert states == [(PartState.STARTING, ""), (PartState.RUNNING, ""), (PartState.FAILED, "the device went away"),
                      (PartState.FAILED, "OSError: no such device")]
    assert worker.health.failed and {name for name, _ in seen} == {"flaky"}


def test_a_listener_that_raises_does_not_end_the_part():
    worker = Task("sum", lambda: None)
    worker.watch(lambda name, health: 1 / 0)
    worker.start()
    assert worker.join(30)
    assert worker.health.state is PartState.STOPPED


def test_a_stopped_part_says_stopped_and_leaves_no_thread():
    stopping = Task("wait", lambda: None)
    stopping.start()
    stopping.join(30)
    stopping.stop()
    assert stopping.health == Health(PartState.STOPPED) and not stopping.running
