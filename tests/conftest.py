"""Shared test set-up: Qt offscreen, a fresh data dir per test, no threads left behind."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir, also exported as VITRINA_DATA_DIR for code that reads the environment."""
    directory = tmp_path / "data"
    directory.mkdir()
    monkeypatch.setenv("VITRINA_DATA_DIR", str(directory))
    return directory


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
