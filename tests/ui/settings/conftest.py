"""Opening the Settings dialog over real pages, a real store in tmp_path and a keyring kept in a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from studio.paths import Paths
from tests.studio.conftest import file_keyring, no_destination_keys, no_keyring  # noqa: F401
from ui.settings.settings_dialog import SettingsDialog
from ui.settings.settings_page import SettingsPage

TIMEOUT_MS = 30_000

Opener = Callable[[type[SettingsPage]], tuple[SettingsDialog, SettingsPage]]


@pytest.fixture
def open_page(qtbot, studio_paths: Paths) -> Iterator[Opener]:
    dialogs: list[SettingsDialog] = []

    def open_one(page_type: type[SettingsPage]) -> tuple[SettingsDialog, SettingsPage]:
        page = page_type(studio_paths)  # type: ignore[call-arg]
        dialog = SettingsDialog([page])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: getattr(page, "loaded", False), timeout=TIMEOUT_MS)
        dialogs.append(dialog)
        return dialog, page

    yield open_one
    for dialog in dialogs:
        dialog.wait()


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def database_bytes(paths: Paths) -> bytes:
    """The store's SQLite file and its write-ahead log, as they lie on disk."""
    folder: Path = paths.database.parent
    return b"".join(path.read_bytes() for path in sorted(folder.glob(paths.database.name + "*")))
