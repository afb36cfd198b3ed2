"""Settings ▸ Viewers over a real store and a real (in-memory) keyring."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from studio.paths import Paths
from studio.secrets import SERVICE, TWITCH_CLIENT_ID_ENTRY
from studio.settings import get_setting, set_setting
from studio.store import store_session
from ui.settings.settings_dialog import SettingsDialog
from ui.settings.viewers_page import ViewersPage

TIMEOUT_MS = 20_000


@pytest.fixture
def opened(qtbot, studio_paths: Paths, memory_keyring):
    with store_session(studio_paths) as db:
        set_setting(db, "viewers", "youtube:dQw4w9WgXcQ")
    page = ViewersPage(studio_paths)
    dialog = SettingsDialog([page])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT_MS)
    yield dialog, page
    dialog.wait()


def stored(paths: Paths) -> str:
    with store_session(paths) as db:
        return get_setting(db, "viewers", "")


def test_the_page_shows_the_stored_specs_and_keeps_new_ones_with_the_client_id(qtbot, opened, studio_paths, memory_keyring):
    dialog, page = opened
    assert page.specs.text() == "youtube:dQw4w9WgXcQ" and page.client_id.text() == ""
    page.specs.setText("youtube:dQw4w9WgXcQ   twitch:MyShop")
    page.client_id.setText("abc123client")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert stored(studio_paths) == "youtube:dQw4w9WgXcQ twitch:MyShop"
    assert memory_keyring.entries[(SERVICE, TWITCH_CLIENT_ID_ENTRY)] == "abc123client"


def test_a_bad_spec_or_twitch_without_a_client_id_is_said_next_to_its_field(opened, studio_paths, memory_keyring):
    dialog, page = opened
    page.specs.setText("twitch:myshop vimeo:42")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.specs_error.text() == "vimeo:42: use youtube:VIDEO_ID or twitch:LOGIN"
    page.specs.setText("twitch:myshop")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.specs_error.text() == "" and "Client-Id" in page.client_error.text()
    assert dialog.isVisible() and stored(studio_paths) == "youtube:dQw4w9WgXcQ"  # nothing was saved
    assert memory_keyring.entries == {}
