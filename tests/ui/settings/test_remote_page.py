"""Settings ▸ Remote control over a real store and a real (in-memory) keyring: what it shows,
what OK keeps, what it refuses and where it says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from studio.paths import Paths
from studio.remote.settings import RemoteSettings
from studio.remote.stored_settings import StoredRemote, load_remote
from studio.secrets import REMOTE_PASSWORD_ENTRY, SERVICE
from studio.store import store_session
from tests.studio.conftest import no_keyring  # noqa: F401  # a machine without a keyring
from ui.settings.remote_page import RemotePage
from ui.settings.settings_dialog import SettingsDialog

TIMEOUT_MS = 20_000
KEY = (SERVICE, REMOTE_PASSWORD_ENTRY)


@pytest.fixture
def keyring(memory_keyring, monkeypatch):
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    return memory_keyring


@pytest.fixture
def opened(qtbot, studio_paths: Paths):
    dialogs: list[SettingsDialog] = []

    def open_dialog() -> tuple[SettingsDialog, RemotePage]:
        page = RemotePage(studio_paths)
        dialog = SettingsDialog([page])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT_MS)
        dialogs.append(dialog)
        return dialog, page

    yield open_dialog
    for dialog in dialogs:
        dialog.wait()


@pytest.fixture
def dialog_and_page(keyring, opened) -> Iterator[tuple[SettingsDialog, RemotePage]]:
    yield opened()


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def stored(paths: Paths) -> StoredRemote:
    with store_session(paths) as db:
        return load_remote(db)


def test_the_defaults_and_what_a_tool_connects_to(dialog_and_page):
    dialog, page = dialog_and_page
    assert [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())] == ["Remote control"]
    assert not page.enabled.isChecked() and page.host.text() == "127.0.0.1" and page.port.text() == "4455"
    assert page.password_required.isChecked() and page.password_required.isEnabled()
    assert page.connect_line.text() == "Tools connect to ws://127.0.0.1:4455"
    page.port.setText("4466")
    page.port.textEdited.emit("4466")
    assert page.connect_line.text() == "Tools connect to ws://127.0.0.1:4466"


def test_settings_are_kept_on_ok_and_shown_again(qtbot, studio_paths, keyring, opened):
    dialog, page = opened()
    page.enabled.setChecked(True)
    page.port.setText("4466")
    page.origins.setPlainText("https://deck.example\nhttp://localhost:8000/")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert stored(studio_paths) == StoredRemote(True, RemoteSettings(
        "127.0.0.1", 4466, True, ("https://deck.example", "http://localhost:8000")))
    _again, shown = opened()
    assert shown.enabled.isChecked() and shown.port.text() == "4466"
    assert shown.origins.toPlainText() == "https://deck.example\nhttp://localhost:8000"


def test_a_bad_port_is_refused_next_to_the_field_and_nothing_is_saved(qtbot, studio_paths, dialog_and_page):
    dialog, page = dialog_and_page
    page.enabled.setChecked(True)
    page.port.setText("99999")
    page.origins.setPlainText("https://deck.example")
    press_ok(dialog)
    assert page.errors["remote.port"].text().startswith("remote.port: '99999' is not a port")
    assert dialog.isVisible() and dialog.result() == 0
    assert stored(studio_paths) == StoredRemote()
    page.port.setText("4470")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert page.errors["remote.port"].text() == "" and stored(studio_paths).settings.port == 4470


def test_turning_the_password_off_warns_and_beyond_this_machine_it_cannot_be(dialog_and_page):
    _dialog, page = dialog_and_page
    page.password_required.setChecked(False)
    assert "any web page open in this computer's browser" in page.password_warning.text()
    page.host.setText("0.0.0.0")
    page.host.textEdited.emit("0.0.0.0")
    assert page.password_required.isChecked() and not page.password_required.isEnabled()
    assert "beyond this machine (0.0.0.0)" in page.password_required.toolTip()
    assert page.password_warning.text() == ""


def test_the_password_is_masked_shown_copied_and_regenerated_only_on_ok(qtbot, keyring, opened):
    dialog, page = opened()
    row = page.password
    first = keyring.entries[KEY]  # made on first use, as OBS does
    assert row.field.text() == first and row.field.echoMode() == QLineEdit.EchoMode.Password
    row.show_button.click()
    assert row.field.echoMode() == QLineEdit.EchoMode.Normal
    row.copy_button.click()
    assert QApplication.clipboard().text() == first
    row.regenerate_button.click()
    assert row.field.text() not in ("", first) and keyring.entries[KEY] == first
    dialog.reject()
    dialog, page = opened()
    assert page.password.field.text() == first
    page.password.regenerate_button.click()
    new = page.password.field.text()
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert keyring.entries[KEY] == new != first


def test_a_password_from_the_environment_cannot_be_regenerated_here(keyring, monkeypatch, opened):
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", "from the environment")
    _dialog, page = opened()
    assert page.password.field.text() == "from the environment"
    assert not page.password.regenerate_button.isEnabled()
    assert "VITRINA_REMOTE_PASSWORD" in page.password.regenerate_button.toolTip()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_turning_it_on_asks_for_the_environment(studio_paths, monkeypatch, opened):
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    dialog, page = opened()
    assert page.password.field.text() == "" and not page.password.regenerate_button.isEnabled()
    page.enabled.setChecked(True)
    press_ok(dialog)
    assert "set VITRINA_REMOTE_PASSWORD" in page.errors["password"].text()
    assert dialog.isVisible() and stored(studio_paths) == StoredRemote()
