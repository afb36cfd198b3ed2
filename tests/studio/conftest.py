"""Fixtures for studio tests: a fresh, migrated database file per test; a system keyring that
keeps its entries in memory, with no token in the environment; no system keyring at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlite_utils import Database

from studio.storage import open_database
from tests.file_keyring import FileKeyring

TOKEN_VARIABLES = ("VITRINA_WHIP_TOKEN", "VITRINA_TWITCH_TOKEN", "VITRINA_INGEST_TOKEN", "VITRINA_YOUTUBE_API_KEY",
                   "VITRINA_YOUTUBE_TOKEN")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "vitrina.db")
    yield database
    database.conn.close()


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its entries in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    for variable in TOKEN_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """A keyring kept in a file in tmp_path, with no token in the environment."""
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    for variable in TOKEN_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's own stand-in for a machine without a backend: every read and write fails."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def no_destination_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """No VITRINA_KEY_<NAME> in the environment: keys come from the keyring alone."""
    for variable in [name for name in os.environ if name.startswith("VITRINA_KEY_")]:
        monkeypatch.delenv(variable)
