"""The window's remote-control settings in the store's settings table: kept as given, each
mistake named by its setting, the defaults OBS users expect."""

from __future__ import annotations

import pytest

from studio.remote.settings import RemoteSettings
from studio.remote.stored_settings import (
    StoredRemote,
    StoredSettingError,
    load_remote,
    remote_from_fields,
    save_remote,
)
from studio.settings import set_setting


def test_the_defaults_are_off_on_this_machine_at_4455_with_a_password(db):
    assert load_remote(db) == StoredRemote(False, RemoteSettings("127.0.0.1", 4455, True, ()))


def test_settings_come_back_as_they_were_saved(db):
    typed = remote_from_fields(True, " 0.0.0.0 ", "4466", True, "HTTPS://Deck.Example/\n\nhttp://localhost:8080\n")
    save_remote(db, typed)
    assert load_remote(db) == StoredRemote(True, RemoteSettings("0.0.0.0", 4466, True,
                                                                ("https://deck.example", "http://localhost:8080")))
    save_remote(db, remote_from_fields(False, "::1", "4455", False, ""))
    assert load_remote(db) == StoredRemote(False, RemoteSettings("::1", 4455, False, ()))


@pytest.mark.parametrize(("fields", "setting", "says"), [
    ((True, "127.0.0.1", "99999", True, ""), "remote.port", "'99999' is not a port"),
    ((True, "127.0.0.1", "٤٤٥٥", True, ""), "remote.port", "is not a port"),
    ((True, "127.0.0.1", "", True, ""), "remote.port", "choose a number from 1 to 65535"),
    ((True, "  ", "4455", True, ""), "remote.host", "give the address to listen on"),
    ((True, "my host", "4455", True, ""), "remote.host", "'my host' is not an address"),
    ((True, "192.168.1.20", "4455", False, ""), "remote.password_required", "anyone on the network"),
    ((True, "127.0.0.1", "4455", True, "https://ok.example\ndeck.example"), "remote.allowed_origins",
     "line 2, 'deck.example'"),
    ((True, "127.0.0.1", "4455", True, "https://deck.example/page"), "remote.allowed_origins", "scheme://host"),
])
def test_each_mistake_names_its_setting(fields, setting, says):
    with pytest.raises(StoredSettingError) as refused:
        remote_from_fields(*fields)
    assert refused.value.setting == setting
    assert str(refused.value).startswith(f"{setting}: ") and says in str(refused.value)


def test_a_long_mistake_is_shortened_in_the_message():
    with pytest.raises(StoredSettingError) as refused:
        remote_from_fields(True, "127.0.0.1", "x" * 10_000, True, "")
    assert len(str(refused.value)) < 300


def test_a_value_the_store_holds_that_cannot_be_used_is_named(db):
    set_setting(db, "remote.enabled", "yes")
    with pytest.raises(StoredSettingError, match="remote.enabled: 'yes' is neither 1"):
        load_remote(db)
    set_setting(db, "remote.enabled", "1")
    set_setting(db, "remote.port", "http")
    with pytest.raises(StoredSettingError, match="remote.port: 'http' is not a port"):
        load_remote(db)
