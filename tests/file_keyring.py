"""A real keyring backend that keeps its entries in a JSON file (a test's tmp_path), the way
keyrings.alt's plaintext backend keeps them in a file: what was kept can be read back by another
connection, and the bytes on disk can be searched. A write replaces the file whole, as a real
keyring's store does: a thread reading as another writes sees the old entries or the new, never a
file cut short (which read as broken JSON and failed a settings test now and then)."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._writing = threading.Lock()  # a change reads the entries, then writes them: one at a time

    def entries(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._writing:
            self._write({**self.entries(), f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        with self._writing:
            entries = self.entries()
            if entries.pop(f"{service}/{username}", None) is None:
                raise PasswordDeleteError(username)
            self._write(entries)

    def _write(self, entries: dict[str, str]) -> None:
        written = self.path.with_name(f"{self.path.name}.new")
        written.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(written, self.path)
