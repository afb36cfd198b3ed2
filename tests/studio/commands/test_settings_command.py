"""`vitrina settings` over a real store and a keyring kept in a file: the same definitions as the
dialog, a refusal with the reason and a non-zero exit, secrets only from standard input."""

from __future__ import annotations

import io
import sqlite3

import pytest

from studio.setting_catalog import DEFINITIONS
from tests.studio.test_setting_definitions import database_bytes

TOKEN = "oauth:from-stdin-7781"


def test_every_setting_is_listed_with_its_value_or_what_stands_for_none(vitrina):
    code, out, _err = vitrina("settings")
    assert code == 0
    lines = out.splitlines()
    assert [line.split(" = ")[0] for line in lines] == [definition.name for definition in DEFINITIONS]
    assert "canvas = 1280x720" in lines and "bitrate = 3000" in lines and "currency = (not set)" in lines
    assert "buy_keywords = (the built-in words)" in lines and "twitch_token = (not set)" in lines


def test_a_setting_is_changed_and_read_back(vitrina):
    assert vitrina("settings", "canvas", "1080x1920") == (0, "canvas = 1080x1920\n", "")
    assert vitrina("settings", "frame_rate", "30000/1001")[1] == "frame_rate = 29.97\n"
    assert vitrina("settings", "chat_connectors", "twitch:shop\nirc://127.0.0.1:6667/#live")[1] == (
        "chat_connectors = twitch:shop, irc://127.0.0.1:6667/#live\n")
    assert vitrina("settings", "canvas")[1] == "canvas = 1080x1920\n"


@pytest.mark.parametrize(("name", "typed", "reason"), [
    ("bitrate", "0", "vitrina: bitrate: '0' is not a bitrate: give kbit/s from 100 to 50000, e.g. 3000\n"),
    ("canvas", "1081x1920", "vitrina: canvas: 1081x1920: width and height must be even, from 64x64 to 7680x4320 "
     "(H.264 halves the colour both ways, so odd sizes cannot be encoded)\n"),
    ("checkout_url", "htps//shop", "vitrina: checkout_url: 'htps//shop' is not a web address: write it as "
     "https://shop.example/checkout\n"),
])
def test_a_bad_value_exits_non_zero_with_the_reason_and_the_old_value_stays(vitrina, tmp_path, name, typed, reason):
    before = vitrina("settings", name)[1]
    assert vitrina("settings", name, typed) == (1, "", reason)
    assert vitrina("settings", name)[1] == before
    with sqlite3.connect(tmp_path / "vitrina.db") as connection:
        assert connection.execute("SELECT count(*) FROM settings WHERE key = ?", (name,)).fetchone() == (0,)


def test_an_unknown_setting_names_the_known_ones(vitrina):
    code, _out, err = vitrina("settings", "bitrat", "3000")
    assert code == 1 and err.startswith("vitrina: bitrat: no such setting; there are canvas, frame_rate, bitrate")


def test_a_secret_is_refused_on_the_command_line(vitrina, file_keyring):
    code, _out, err = vitrina("settings", "twitch_token", TOKEN)
    assert code == 1 and "give it on standard input instead: vitrina settings twitch_token -" in err
    assert TOKEN not in err and file_keyring.entries() == {}


def test_a_secret_from_standard_input_lands_in_the_keyring_only(vitrina, tmp_path, file_keyring, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert vitrina("settings", "twitch_token", "-") == (0, "twitch_token = (in the system keyring)\n", "")
    assert file_keyring.entries() == {"vitrina/twitch": TOKEN}
    assert TOKEN.encode() not in database_bytes(tmp_path)
    monkeypatch.setenv("VITRINA_TWITCH_TOKEN", "other")
    assert vitrina("settings", "twitch_token")[1] == "twitch_token = (from VITRINA_TWITCH_TOKEN)\n"


def test_remote_control_is_set_by_the_same_definitions_and_its_rule_across_settings(vitrina, tmp_path):
    assert vitrina("settings", "remote.port", "4466") == (0, "remote.port = 4466\n", "")
    assert vitrina("settings", "remote.host", "0.0.0.0")[0] == 0
    code, _out, err = vitrina("settings", "remote.password_required", "0")
    assert code == 1 and err == ("vitrina: remote.password_required: a password is required when listening beyond "
                                 "this machine (0.0.0.0): anyone on the network could take over the show\n")
    assert vitrina("settings", "remote.host", "127.0.0.1")[0] == 0
    assert vitrina("settings", "remote.password_required", "0")[0] == 0
    code, _out, err = vitrina("settings", "remote.host", "192.168.1.20")  # the rule holds whichever is changed
    assert code == 1 and "remote.password_required: a password is required" in err
    assert vitrina("settings", "remote.host")[1] == "remote.host = 127.0.0.1\n"
    assert vitrina("settings", "remote.enabled", "yes")[2] == "vitrina: remote.enabled: 'yes' is neither 1 (on) nor 0 (off)\n"


def test_a_refusal_names_the_setting_once_and_quotes_hostile_text_as_plain_text(vitrina):
    assert vitrina("settings", "buy_keywords", "en sold")[2] == (
        "vitrina: buy_keywords: 'en sold' should read like 'en: sold, mine'\n")
    assert vitrina("settings", "locale", "xx\x1b[31m\u202e")[2] == (
        "vitrina: locale: 'xx[31m' is not a known locale, e.g. pt_BR or en_US\n")
