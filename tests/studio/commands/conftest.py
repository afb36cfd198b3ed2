"""The command line run in-process, as `vitrina ARGS --data-dir TMP`, with what it printed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studio.cli import main
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store

Vitrina = Callable[..., tuple[int, str, str]]


@pytest.fixture
def vitrina(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Vitrina]:
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(tmp_path)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    root = logging.getLogger()
    for handler in [handler for handler in root.handlers if getattr(handler, "_vitrina", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def show(tmp_path: Path) -> int:
    """The demo store with one show started, as `vitrina run` leaves it."""
    db = open_store(resolve_paths(tmp_path))
    try:
        return start_show(db, "test")
    finally:
        db.conn.close()
