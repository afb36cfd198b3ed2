"""The pages built from the settings' definitions (Video, Audio, Chat, Shop, Graphics, Language)
over a real store and a keyring kept in a file: what they show, what OK keeps, and each refusal
said beside its field with nothing stored."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from media.audio import devices
from studio.paths import Paths
from studio.scene_graphics import shown_graphics
from studio.scenes import CAMERA_SCENE, PRICE_TICKER, find_scene
from studio.setting_catalog import in_section
from studio.setting_definitions import Section
from studio.setting_store import read_settings
from studio.setting_store import save_settings as store_save
from studio.settings import get_setting
from studio.store import store_session
from tests.ui.settings.conftest import TIMEOUT_MS, database_bytes, press_ok
from ui.settings.audio_page import AudioPage
from ui.settings.chat_page import ChatPage
from ui.settings.graphics_page import GraphicsPage
from ui.settings.language_page import LanguagePage
from ui.settings.setting_field import ChoiceField, LineField, LinesField, SecretSettingField
from ui.settings.settings_dialog import SettingsDialog
from ui.settings.shop_page import ShopPage
from ui.settings.video_page import VideoPage

TOKEN = "oauth:typed-in-the-dialog-5150"


def stored(paths: Paths, name: str) -> str | None:
    with store_session(paths) as db:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()
    return row[0] if row else None


def type_into(field, text: str) -> None:
    if isinstance(field, ChoiceField):
        field.combo.setEditText(text)
    elif isinstance(field, LinesField):
        field.edit.setPlainText(text)
    elif isinstance(field, SecretSettingField):
        field.secret.field.setText(text)
    else:
        assert isinstance(field, LineField)
        field.edit.setText(text)


def choose(field: ChoiceField, value: str) -> None:
    field.combo.setCurrentIndex(field.combo.findData(value))


def test_video_settings_round_trip_through_the_dialog(qtbot, studio_paths, open_page):
    dialog, page = open_page(VideoPage)
    assert page.fields["canvas"].value() == "1280x720" and page.fields["bitrate"].value() == "3000"
    canvases = page.fields["canvas"].combo
    assert [canvases.itemText(index) for index in range(canvases.count())] == [
        "1920x1080 (landscape, 1080p)", "1280x720 (landscape, 720p)", "1080x1920 (vertical, 1080p)",
        "720x1280 (vertical, 720p)"]
    choose(page.fields["canvas"], "1080x1920")
    choose(page.fields["frame_rate"], "29.97")
    type_into(page.fields["bitrate"], " 4500 ")
    choose(page.fields["encoder_preset"], "faster")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert [stored(studio_paths, name) for name in ("canvas", "frame_rate", "bitrate", "encoder_preset")] == [
        "1080x1920", "29.97", "4500", "faster"]
    _again, shown = open_page(VideoPage)
    assert shown.fields["canvas"].combo.currentText() == "1080x1920 (vertical, 1080p)"
    assert [shown.fields[name].value() for name in ("canvas", "frame_rate", "bitrate", "encoder_preset")] == [
        "1080x1920", "29.97", "4500", "faster"]


def test_a_custom_canvas_is_typed_and_kept(qtbot, studio_paths, open_page):
    dialog, page = open_page(VideoPage)
    type_into(page.fields["canvas"], "1000x1000")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert stored(studio_paths, "canvas") == "1000x1000"


@pytest.mark.parametrize(("name", "typed", "reason"), [
    ("bitrate", "0", "bitrate: '0' is not a bitrate: give kbit/s from 100 to 50000, e.g. 3000"),
    ("canvas", "1281x720", "canvas: 1281x720: width and height must be even, from 64x64 to 7680x4320 "
     "(H.264 halves the colour both ways, so odd sizes cannot be encoded)"),
])
def test_a_bad_video_value_is_refused_beside_its_field_and_nothing_is_stored(qtbot, studio_paths, open_page,
                                                                             name, typed, reason):
    dialog, page = open_page(VideoPage)
    choose(page.fields["encoder_preset"], "fast")  # a good change on the same page waits too
    type_into(page.fields[name], typed)
    press_ok(dialog)
    assert page.errors[name].text() == reason
    assert [label.text() for other, label in page.errors.items() if other != name] == ["", "", ""]
    assert dialog.isVisible() and dialog.result() == 0
    assert stored(studio_paths, name) is None and stored(studio_paths, "encoder_preset") is None
    type_into(page.fields[name], "720x1280" if name == "canvas" else "2500")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert page.errors[name].text() == "" and stored(studio_paths, "encoder_preset") == "fast"


def test_the_shop_page_is_every_shop_setting_and_refuses_a_bad_checkout_link(qtbot, studio_paths, open_page):
    dialog, page = open_page(ShopPage)
    assert list(page.fields) == [definition.name for definition in in_section(Section.SHOP)]
    assert page.fields["locale"].value() == "en_US"
    type_into(page.fields["currency"], "brl")
    type_into(page.fields["checkout_url"], "shop.example/checkout")
    press_ok(dialog)
    assert page.errors["checkout_url"].text() == ("checkout_url: 'shop.example/checkout' is not a web address: write "
                                                  "it as https://shop.example/checkout")
    assert page.errors["currency"].text() == ""
    assert stored(studio_paths, "currency") is None and stored(studio_paths, "checkout_url") is None
    type_into(page.fields["checkout_url"], "https://shop.example/checkout")
    type_into(page.fields["buy_keywords"], "pt: eu quero, comprei; en: sold")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert stored(studio_paths, "currency") == "BRL"
    assert stored(studio_paths, "checkout_url") == "https://shop.example/checkout"
    assert stored(studio_paths, "buy_keywords") == "pt: eu quero, comprei; en: sold"


def test_a_shop_setting_saved_by_the_command_line_shows_in_the_dialog(studio_paths, open_page):
    with store_session(studio_paths) as db:
        store_save(db, {"locale": "pt_BR", "currency": "EUR"})
    _dialog, page = open_page(ShopPage)
    assert page.fields["locale"].value() == "pt_BR" and page.fields["currency"].value() == "EUR"


def test_a_token_typed_in_the_dialog_lands_in_the_keyring_and_never_in_the_database(qtbot, studio_paths, open_page,
                                                                                   file_keyring):
    dialog, page = open_page(ChatPage)
    token = page.fields["twitch_token"]
    assert isinstance(token, SecretSettingField)
    assert token.secret.note.text() == "Not set. Kept in the system keyring once saved."
    type_into(token, TOKEN)
    type_into(page.fields["chat_connectors"], "twitch:myshop\nirc://127.0.0.1:6667/#live")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert file_keyring.entries() == {"vitrina/twitch": TOKEN}
    with store_session(studio_paths) as db:
        db.execute("PRAGMA wal_checkpoint(FULL)")
        assert read_settings(db).values["chat_connectors"] == "twitch:myshop\nirc://127.0.0.1:6667/#live"
    assert TOKEN.encode() not in database_bytes(studio_paths)
    again, shown = open_page(ChatPage)
    secret = shown.fields["twitch_token"].secret
    assert secret.field.text() == TOKEN and secret.field.echoMode() == QLineEdit.EchoMode.Password
    secret.show_button.click()
    assert secret.field.echoMode() == QLineEdit.EchoMode.Normal and secret.show_button.text() == "Hide"
    assert secret.note.text() == "Kept in the system keyring."
    secret.field.clear()  # emptied: forgotten on OK
    with qtbot.waitSignal(again.saved, timeout=TIMEOUT_MS):
        press_ok(again)
    assert file_keyring.entries() == {}


def test_a_rehearsal_audience_is_refused_as_a_shows_chat(studio_paths, open_page, file_keyring):
    dialog, page = open_page(ChatPage)
    type_into(page.fields["chat_connectors"], "twitch:myshop\nrehearsal:5")
    type_into(page.fields["twitch_token"], TOKEN)
    press_ok(dialog)
    assert page.errors["chat_connectors"].text().startswith("chat_connectors: line 2: the rehearsal audience")
    assert file_keyring.entries() == {} and stored(studio_paths, "chat_connectors") is None


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_chat_page_says_so_and_keeps_no_token(studio_paths, open_page, monkeypatch):
    monkeypatch.delenv("VITRINA_TWITCH_TOKEN", raising=False)
    dialog, page = open_page(ChatPage)
    secret = page.fields["twitch_token"].secret
    assert secret.note.text() == ("There is no system keyring here to keep it in: set VITRINA_TWITCH_TOKEN in the "
                                  "environment instead.")
    type_into(page.fields["twitch_token"], TOKEN)
    press_ok(dialog)
    assert page.errors["twitch_token"].text() == "There is no system keyring here to keep it in."
    assert dialog.isVisible()


def test_audio_lists_this_machines_microphones_and_keeps_one_with_its_gain(qtbot, studio_paths, open_page, tmp_path,
                                                                          monkeypatch):
    pcm = tmp_path / "pcm"
    pcm.write_text("00-00: ALC892 Analog : ALC892 Analog : playback 1 : capture 1\n"
                   "01-00: USB Audio : USB Audio : capture 1\n", encoding="utf-8")
    monkeypatch.setattr("ui.settings.audio_page.input_devices", lambda: devices.input_devices(pcm))
    dialog, page = open_page(AudioPage)
    qtbot.waitUntil(lambda: page.devices_listed, timeout=TIMEOUT_MS)
    inputs = page.fields["audio_input"].combo
    assert [inputs.itemText(index) for index in range(inputs.count())] == [
        "The system's default microphone", "A test tone", "No sound", "ALC892 Analog (plughw:0,0)",
        "USB Audio (plughw:1,0)"]
    assert page.fields["audio_input"].value() == "tone"
    choose(page.fields["audio_input"], "mic:plughw:1,0")
    type_into(page.fields["audio_gain"], "-30.5")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert stored(studio_paths, "audio_input") == "mic:plughw:1,0" and stored(studio_paths, "audio_gain") == "-30.5"


def test_graphics_keep_the_theme_colour_and_which_graphics_a_scene_shows(qtbot, studio_paths, open_page):
    dialog, page = open_page(GraphicsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=TIMEOUT_MS)
    assert page.fields["theme_colour"].value() == "#6c2bd9"
    type_into(page.fields["theme_colour"], "#FF8800")
    type_into(page.fields["logo"], str(studio_paths.database.parent / "missing.png"))
    press_ok(dialog)
    assert page.errors["logo"].text().startswith("logo: there is no file ")
    type_into(page.fields["logo"], "")
    page.table.item(0, 1).setCheckState(Qt.CheckState.Checked)  # Camera: the price ticker
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    with store_session(studio_paths) as db:
        assert get_setting(db, "theme_colour", "") == "#ff8800"
        camera = find_scene(db, CAMERA_SCENE)
    assert camera is not None and shown_graphics(camera) == {PRICE_TICKER}


def test_the_window_language_is_kept_for_the_next_start(qtbot, studio_paths, open_page):
    dialog, page = open_page(LanguagePage)
    languages = page.fields["window_language"].combo
    assert [languages.itemData(index) for index in range(languages.count())] == ["system", "en", "es", "pt_BR", "fr", "ru"]
    assert page.fields["window_language"].value() == "system"
    choose(page.fields["window_language"], "pt_BR")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert stored(studio_paths, "window_language") == "pt_BR"


def vitrina_settings(paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    """`vitrina settings ...` as a user runs it, in a process of its own, on the same data dir."""
    return subprocess.run([sys.executable, "-m", "studio", "settings", *args, "--data-dir", str(paths.data_dir)],
                          capture_output=True, text=True, timeout=60)


def test_what_the_dialog_saves_the_command_line_reads_and_back(qtbot, studio_paths, open_page):
    dialog, page = open_page(VideoPage)
    type_into(page.fields["canvas"], "1080x1920")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        press_ok(dialog)
    assert vitrina_settings(studio_paths, "canvas").stdout == "canvas = 1080x1920\n"
    done = vitrina_settings(studio_paths, "bitrate", "0")
    assert done.returncode == 1 and done.stderr == "vitrina: bitrate: '0' is not a bitrate: give kbit/s from 100 to 50000, e.g. 3000\n"
    assert vitrina_settings(studio_paths, "bitrate", "4000").returncode == 0
    _again, shown = open_page(VideoPage)
    assert shown.fields["bitrate"].value() == "4000" and shown.fields["canvas"].value() == "1080x1920"


def test_the_pages_settings_are_kept_together_or_not_at_all(qtbot, studio_paths, open_page):
    video, shop = VideoPage(studio_paths), ShopPage(studio_paths)
    dialog = SettingsDialog([video, shop])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: video.loaded and shop.loaded, timeout=TIMEOUT_MS)
    type_into(video.fields["bitrate"], "5000")
    type_into(shop.fields["currency"], "EUR")
    with store_session(studio_paths) as db:  # the store refuses the second page's setting
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON settings WHEN new.key = 'currency' "
                   "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=TIMEOUT_MS)
    assert dialog.error.text() == "The settings could not be saved: the disk is full" and dialog.isVisible()
    assert stored(studio_paths, "bitrate") is None and stored(studio_paths, "currency") is None
    dialog.wait()
