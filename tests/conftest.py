"""Shared test set-up: Qt offscreen, a fresh data dir per test, no threads left behind."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pytest_plugins = ["tests.irc_peer", "tests.ngircd", "tests.rtmp_peer", "tests.whip_peer", "tests.x_server"]


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp):
    """The run's one Qt application, a QApplication, made before any test: a headless part made
    first would leave a QGuiApplication (overlays/painter_app.py) that widget tests cannot use."""
    return qapp


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir, also exported as VITRINA_DATA_DIR for code that reads the environment."""
    directory = tmp_path / "data"
    directory.mkdir()
    monkeypatch.setenv("VITRINA_DATA_DIR", str(directory))
    return directory


def child_processes() -> set[int]:
    """Live child processes of this test run (Linux /proc; elsewhere an empty set)."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            children.add(int(stat.parent.name))
    return children


@pytest.fixture(autouse=True)
def no_dangling_processes() -> Iterator[None]:
    """A test that leaves a server, encoder or output process running fails."""
    before = child_processes()
    yield
    deadline = time.monotonic() + 3.0
    leftovers = child_processes() - before
    while leftovers and time.monotonic() < deadline:
        time.sleep(0.05)
        leftovers = child_processes() - before
    assert not leftovers, f"child processes left running: {sorted(leftovers)}"


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """A test that leaves a capture, clock, encoder or output thread running fails."""
    before = set(threading.enumerate())
    yield
    leftovers = [
        thread
        for thread in threading.enumerate()
        if thread not in before and thread.is_alive()
    ]
    for thread in leftovers:
        thread.join(timeout=2.0)
    still_alive = [thread.name for thread in leftovers if thread.is_alive()]
    assert not still_alive, f"threads left running: {still_alive}"
