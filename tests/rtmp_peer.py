"""A real RTMP receiver in its own process, and free ports for it (a pytest plugin: see tests/conftest.py)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Receiver:
    def __init__(self, port: int, seconds: float, result: Path) -> None:
        self.port, self.result = port, result
        # As a module from the project root: run as a script, tests/media would shadow media/.
        self.process = subprocess.Popen([sys.executable, "-m", "tests.rtmp_receiver", str(port), str(seconds), str(result)],
                                        cwd=ROOT)

    @property
    def url(self) -> str:
        return f"rtmp://127.0.0.1:{self.port}/live/stream"

    def seen(self, timeout: float = 60) -> dict:
        self.process.wait(timeout)
        return json.loads(self.result.read_text())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


@pytest.fixture
def receivers(tmp_path: Path) -> Iterator:
    started: list[Receiver] = []

    def start(port: int, seconds: float) -> Receiver:
        receiver = Receiver(port, seconds, tmp_path / f"received-{len(started)}.json")
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        receiver.stop()
