"""Settings ▸ Destinations over a real store and a keyring kept in a file: a preset fills the
server, the key lands in the keyring (never the database), a bad address is refused beside its
field with nothing stored, edits keep or replace the key, Enabled is saved with OK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from studio.destination_presets import Platform
from studio.destinations import find_destination, list_destinations, save_destination
from studio.store import store_session
from tests.ui.settings.conftest import TIMEOUT_MS, database_bytes, press_ok
from ui.settings.destination_dialog import DestinationDialog
from ui.settings.destinations_page import ENABLED_COLUMN, DestinationsPage

KEY = "abcd-efgh-ijkl-mnop-4321"


@pytest.fixture
def keyring(file_keyring, no_destination_keys):
    return file_keyring


def open_editor(qtbot, page: DestinationsPage, row: int | None = None) -> DestinationDialog:
    if row is None:
        page.add_button.click()
    else:
        page.table.selectRow(row)
        page.edit_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=TIMEOUT_MS)
    assert page.editor is not None
    return page.editor


def choose_platform(editor: DestinationDialog, platform: Platform) -> None:
    editor.platform.setCurrentIndex(editor.platform.findData(platform.value))


def ok(editor: DestinationDialog) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def names_shown(page: DestinationsPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_a_youtube_destination_is_added_with_its_key_in_the_keyring_only(qtbot, studio_paths, keyring, open_page):
    _dialog, page = open_page(DestinationsPage)
    assert page.keyring_note.text() == "" and page.status.text().startswith("No destination yet")
    editor = open_editor(qtbot, page)
    choose_platform(editor, Platform.YOUTUBE)
    assert editor.url.text() == "rtmps://a.rtmps.youtube.com:443/live2" and editor.name.text() == "youtube"
    assert editor.key_label.text() == "Stream key" and editor.key.field.echoMode() == QLineEdit.EchoMode.Password
    editor.key.field.setText(KEY)
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        ok(editor)
    qtbot.waitUntil(lambda: names_shown(page) == ["youtube"], timeout=TIMEOUT_MS)
    assert page.table.item(0, 1).text() == "rtmps://a.rtmps.youtube.com:443/live2"
    assert keyring.entries() == {"vitrina/destination:youtube": KEY}
    with store_session(studio_paths) as db:
        db.execute("PRAGMA wal_checkpoint(FULL)")
    assert KEY.encode() not in database_bytes(studio_paths)
    editor = open_editor(qtbot, page, 0)  # edited: the key shown as dots, Show reveals it
    assert editor.key.field.text() == KEY and editor.key.field.echoMode() == QLineEdit.EchoMode.Password
    editor.key.show_button.click()
    assert editor.key.field.echoMode() == QLineEdit.EchoMode.Normal
    editor.reject()


def test_a_bad_address_is_refused_beside_its_field_and_nothing_is_stored(qtbot, studio_paths, keyring, open_page):
    _dialog, page = open_page(DestinationsPage)
    editor = open_editor(qtbot, page)
    choose_platform(editor, Platform.TIKTOK)
    assert editor.url.text() == "" and "hands out" in editor.where.text()
    editor.name.setText("tiktok")
    editor.url.setText("rtmp//push.tiktokcdn.example/stage")
    editor.key.field.setText(KEY)
    ok(editor)
    assert editor.errors["url"].text() == ("url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or "
                                           "https:// for a WHIP endpoint")
    assert editor.isVisible() and editor.errors["name"].text() == ""
    editor.key.field.setText("")
    editor.url.setText("rtmp://push.tiktokcdn.example/stage")
    ok(editor)
    assert editor.errors["key"].text() == "key: empty; an RTMP destination needs its stream key"
    with store_session(studio_paths) as db:
        assert list_destinations(db) == []
    assert keyring.entries() == {}
    editor.reject()


def test_a_name_in_use_is_said_beside_the_name(qtbot, studio_paths, keyring, open_page):
    with store_session(studio_paths) as db:
        save_destination(db, "shop", "rtmp://live.twitch.tv/app", KEY)
    _dialog, page = open_page(DestinationsPage)
    editor = open_editor(qtbot, page)
    choose_platform(editor, Platform.TWITCH)
    editor.name.setText("SHOP")
    editor.key.field.setText("other")
    ok(editor)
    qtbot.waitUntil(lambda: editor.errors["name"].text() != "", timeout=TIMEOUT_MS)
    assert editor.errors["name"].text() == "name 'SHOP': a destination by that name exists; remove it first"
    assert keyring.entries() == {"vitrina/destination:shop": KEY}
    editor.reject()


def test_editing_renames_and_keeps_the_key_unless_a_new_one_is_typed(qtbot, studio_paths, keyring, open_page):
    with store_session(studio_paths) as db:
        save_destination(db, "twitch", "rtmp://live.twitch.tv/app", KEY)
    _dialog, page = open_page(DestinationsPage)
    editor = open_editor(qtbot, page, 0)
    assert editor.platform.currentData() == Platform.TWITCH.value and editor.url.text() == "rtmp://live.twitch.tv/app"
    editor.name.setText("twitch-main")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        ok(editor)
    qtbot.waitUntil(lambda: names_shown(page) == ["twitch-main"], timeout=TIMEOUT_MS)
    assert keyring.entries() == {"vitrina/destination:twitch-main": KEY}
    editor = open_editor(qtbot, page, 0)
    editor.key.field.setText("new-key")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        ok(editor)
    qtbot.waitUntil(lambda: keyring.entries() == {"vitrina/destination:twitch-main": "new-key"}, timeout=TIMEOUT_MS)


def test_a_whip_endpoint_takes_a_bearer_token(qtbot, studio_paths, keyring, open_page):
    _dialog, page = open_page(DestinationsPage)
    editor = open_editor(qtbot, page)
    choose_platform(editor, Platform.WHIP)
    assert editor.key_label.text() == "Bearer token"
    editor.name.setText("cloud")
    editor.url.setText("https://whip.example/live/endpoint")
    editor.key.field.setText("bearer-123")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        ok(editor)
    qtbot.waitUntil(lambda: names_shown(page) == ["cloud"], timeout=TIMEOUT_MS)
    assert keyring.entries() == {"vitrina/destination:cloud": "bearer-123"}


def test_enabled_is_saved_with_ok_and_remove_forgets_the_key(qtbot, studio_paths, keyring, open_page):
    with store_session(studio_paths) as db:
        save_destination(db, "facebook", "rtmps://live-api-s.facebook.com:443/rtmp", KEY)
        save_destination(db, "youtube", "rtmps://a.rtmps.youtube.com:443/live2", "yt-key")
    dialog, page = open_page(DestinationsPage)
    assert names_shown(page) == ["facebook", "youtube"]
    page.table.item(1, ENABLED_COLUMN).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    with store_session(studio_paths) as db:
        youtube = find_destination(db, "youtube")
        assert youtube is not None and not youtube.enabled
    _again, page = open_page(DestinationsPage)
    page.table.selectRow(0)
    page.remove_button.click()
    assert page.confirm is not None and "Remove facebook" in page.confirm.text()
    page.confirm.button(page.confirm.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: names_shown(page) == ["youtube"], timeout=TIMEOUT_MS)
    assert keyring.entries() == {"vitrina/destination:youtube": "yt-key"}


@pytest.mark.usefixtures("no_keyring", "no_destination_keys")
def test_without_a_keyring_the_page_says_so_and_where_the_key_comes_from_instead(qtbot, studio_paths, open_page):
    _dialog, page = open_page(DestinationsPage)
    assert page.keyring_note.text().startswith("There is no system keyring here: keys cannot be kept.")
    editor = open_editor(qtbot, page)
    assert "There is no system keyring here" in editor.key.note.text()
    choose_platform(editor, Platform.TWITCH)
    editor.key.field.setText(KEY)
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        ok(editor)
    qtbot.waitUntil(lambda: "VITRINA_KEY_TWITCH" in page.notice.text(), timeout=TIMEOUT_MS)
    assert page.notice.text() == ("no system keyring here to keep the key of 'twitch' in: saved without it; set "
                                  "VITRINA_KEY_TWITCH in the environment of the session that goes live")
