"""A Worker's thread carries its name in the operating system, as `top -H` and the benches read it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from media.native_thread_name import name_this_thread
from media.worker import Worker

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread names are read from /proc")


def system_name(native_id: int) -> str:
    return Path(f"/proc/self/task/{native_id}/comm").read_text().strip()


class Waiting(Worker):
    thread_name = "compositor-of-a-long-name"

    def __init__(self) -> None:
        super().__init__()
        self.native_id: int | None = None
        self.named = threading.Event()

    def _run(self) -> None:
        self.native_id = threading.get_native_id()
        self.named.set()
        self._should_stop(60.0)


def test_a_worker_thread_has_its_name_cut_to_what_linux_keeps():
    worker = Waiting()
    worker.start()
    try:
        assert worker.named.wait(30)
        assert worker.native_id is not None and system_name(worker.native_id) == "compositor-of-a"
    finally:
        worker.stop()


def test_a_name_outside_ascii_is_kept_readable():
    seen: list[str] = []

    def run() -> None:
        name_this_thread("câmera-1")
        seen.append(system_name(threading.get_native_id()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert seen == ["c?mera-1"]
