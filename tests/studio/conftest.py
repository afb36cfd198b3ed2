"""Fixtures for studio tests: a fresh, migrated database file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from studio.storage import open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "vitrina.db")
    yield database
    database.conn.close()
