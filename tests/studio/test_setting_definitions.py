"""The store's settings by their definitions, over a real SQLite file and a keyring kept in a file:
what each takes, what it refuses (all or nothing), where secrets go, what a show opens with."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from studio.secrets import SecretSource
from studio.setting_catalog import BY_NAME, DEFINITIONS, in_section
from studio.setting_definitions import Kind, Section, SettingDefinition
from studio.setting_store import SettingsRefused, read_settings, save_settings, setting_value
from studio.settings import get_setting
from studio.show_defaults import show_defaults

TOKEN = "oauth:s3cr3t-TOKEN-4242"


def database_bytes(folder: Path) -> bytes:
    """The SQLite file and its write-ahead log, as they lie on disk."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("vitrina.db*")))


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda definition: definition.name)
def test_each_default_and_choice_passes_its_own_check(definition: SettingDefinition):
    assert definition.checked(definition.default) == definition.default
    for choice in definition.choices:
        assert definition.checked(choice.value) == choice.value
    assert definition.label and definition.help


def test_every_page_has_its_settings_and_every_secret_its_keyring_entry():
    assert {definition.section for definition in DEFINITIONS} == set(Section)
    assert [definition.name for definition in in_section(Section.VIDEO)] == ["canvas", "frame_rate", "bitrate",
                                                                             "encoder_preset"]
    secrets = [definition for definition in DEFINITIONS if definition.kind is Kind.SECRET]
    assert {definition.name for definition in secrets} >= {"twitch_token", "ingest_token"}
    assert all(definition.secret is not None for definition in secrets)
    assert BY_NAME["window_language"].next_start
    assert [choice.value for choice in BY_NAME["window_language"].choices] == ["system", "en", "es", "pt_BR", "fr", "ru"]


def test_settings_round_trip_through_the_store(db):
    kept = save_settings(db, {"canvas": " 1080x1920 ", "frame_rate": "30000/1001", "bitrate": "4500",
                              "encoder_preset": "FASTER", "audio_gain": "-6.5", "currency": "brl", "locale": "pt-BR",
                              "chat_connectors": "twitch:shop\n\n twitch:shop\nirc://127.0.0.1:6667/#live",
                              "checkout_url": "https://shop.example/checkout", "theme_colour": "#FF8800"})
    assert kept["canvas"] == "1080x1920" and kept["frame_rate"] == "29.97" and kept["encoder_preset"] == "faster"
    values = read_settings(db).values
    assert values["canvas"] == "1080x1920" and values["bitrate"] == "4500" and values["currency"] == "BRL"
    assert values["locale"] == "pt_BR" and values["theme_colour"] == "#ff8800" and values["audio_gain"] == "-6.5"
    assert values["chat_connectors"] == "twitch:shop\nirc://127.0.0.1:6667/#live"
    assert values["window_language"] == "system"  # never saved: the default
    assert setting_value(db, "checkout_url") == "https://shop.example/checkout"


@pytest.mark.parametrize(("name", "typed", "reason"), [
    ("bitrate", "0", "bitrate: '0' is not a bitrate: give kbit/s from 100 to 50000"),
    ("canvas", "1281x720", "canvas: 1281x720: width and height must be even"),
    ("checkout_url", "shop.example/checkout", "checkout_url: 'shop.example/checkout' is not a web address"),
    ("checkout_url", "https://shop example", "checkout_url: 'https://shop example' is not an address"),
    ("frame_rate", "31", "frame_rate: 31: choose 15, 20, 24, 25, 29.97, 30, 48, 50, 59.94 or 60"),
    ("encoder_preset", "placebo", "encoder_preset: 'placebo' is not one of ultrafast"),
    ("audio_gain", "+40", "audio_gain: '+40': give the gain in dB from -60 to +20"),
    ("chat_connectors", "twitch:shop\nrehearsal", "chat_connectors: line 2: the rehearsal audience"),
    ("theme_colour", "purple", "theme_colour: 'purple' is not a colour: write it as #rrggbb"),
    ("logo", "/no/such/logo.png", "logo: there is no file /no/such/logo.png"),
    ("currency", "EUROS", "currency: 'EUROS' is not an ISO 4217 currency code"),
    ("window_language", "de", "window_language: 'de' is not one of system, en, es, pt_BR, fr, ru"),
])
def test_a_bad_value_is_refused_with_its_reason_and_nothing_of_the_save_is_kept(db, name, typed, reason):
    with pytest.raises(SettingsRefused) as refused:
        save_settings(db, {"locale": "fr_FR", name: typed})
    assert refused.value.reasons[name].startswith(reason), refused.value.reasons
    assert list(refused.value.reasons) == [name]
    assert db.execute("SELECT count(*) FROM settings WHERE key IN (?, ?)", ("locale", name)).fetchone() == (0,)


def test_every_mistake_of_one_save_is_said_at_once(db):
    with pytest.raises(SettingsRefused) as refused:
        save_settings(db, {"bitrate": "0", "canvas": "1281x720", "currency": "EUR"})
    assert set(refused.value.reasons) == {"bitrate", "canvas"}
    assert get_setting(db, "currency", "") == ""


def test_a_secret_goes_to_the_keyring_and_never_to_the_database(db, tmp_path, file_keyring):
    save_settings(db, {"twitch_token": f"  {TOKEN} ", "currency": "EUR"})
    assert file_keyring.entries() == {"vitrina/twitch": TOKEN}
    assert read_settings(db).secrets["twitch_token"] is SecretSource.KEYRING
    assert read_settings(db).secrets["ingest_token"] is SecretSource.NONE
    db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert TOKEN.encode() not in database_bytes(tmp_path) and b"EUR" in database_bytes(tmp_path)
    save_settings(db, {"twitch_token": ""})  # empty: forgotten
    assert file_keyring.entries() == {}


def test_a_secret_from_the_environment_is_said_to_come_from_there(db, file_keyring, monkeypatch):
    monkeypatch.setenv("VITRINA_TWITCH_TOKEN", TOKEN)
    assert read_settings(db).secrets["twitch_token"] is SecretSource.ENVIRONMENT


def test_a_bad_secret_is_refused_without_being_shown(db, file_keyring):
    with pytest.raises(SettingsRefused) as refused:
        save_settings(db, {"twitch_token": "two words"})
    assert "two" not in str(refused.value) and "has a space" in str(refused.value)
    assert file_keyring.entries() == {}


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_secret_is_refused_and_says_which_variable_to_set(db):
    with pytest.raises(SettingsRefused) as refused:
        save_settings(db, {"twitch_token": TOKEN, "currency": "EUR"})
    assert "no system keyring here" in refused.value.reasons["twitch_token"]
    assert "VITRINA_TWITCH_TOKEN" in refused.value.reasons["twitch_token"]
    assert get_setting(db, "currency", "") == "" and not read_settings(db).keyring


def test_when_the_store_cannot_take_the_save_the_keyring_gets_its_old_entry_back(db, file_keyring):
    save_settings(db, {"twitch_token": "first"})
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON settings BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(Exception, match="disk full"):
        save_settings(db, {"twitch_token": "second", "currency": "EUR"})
    assert file_keyring.entries() == {"vitrina/twitch": "first"}


def test_a_show_opens_with_the_stored_video_audio_and_chat(db):
    save_settings(db, {"canvas": "720x1280", "frame_rate": "59.94", "bitrate": "2500", "encoder_preset": "superfast",
                       "audio_input": "none", "audio_gain": "3", "chat_connectors": "twitch:shop"})
    settings = show_defaults(db).settings("testpattern")
    assert (settings.width, settings.height, settings.fps, settings.video_kbps) == (720, 1280, Fraction(60000, 1001), 2500)
    assert (settings.preset, settings.audio, settings.audio_gain_db, settings.chat) == ("superfast", "none", 3.0,
                                                                                       ("twitch:shop",))


def test_a_stored_value_that_no_longer_passes_gives_way_to_the_default(db, caplog):
    db.execute("INSERT INTO settings (key, value) VALUES ('canvas', '1281x721'), ('bitrate', 'lots')")
    defaults = show_defaults(db)
    assert (defaults.width, defaults.height, defaults.video_kbps) == (1280, 720, 3000)
    assert "canvas: 1281x721" in caplog.text
