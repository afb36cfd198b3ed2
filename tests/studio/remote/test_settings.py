"""Where remote control listens, as `--remote [HOST:]PORT` spells it, and the settings it refuses."""

from __future__ import annotations

import pytest

from studio.remote.settings import RemoteSettingError, RemoteSettings, parse_listen_address


@pytest.mark.parametrize("text, address", [
    ("4455", ("127.0.0.1", 4455)), ("127.0.0.1:4456", ("127.0.0.1", 4456)), ("[::1]:4455", ("::1", 4455)),
    ("0.0.0.0:4455", ("0.0.0.0", 4455)),
])
def test_an_address_is_a_port_with_an_optional_host(text, address):
    assert parse_listen_address(text) == address


@pytest.mark.parametrize("text", ["", "port", "70000", "0", ":4455", "127.0.0.1:"])
def test_a_bad_address_is_named(text):
    with pytest.raises(RemoteSettingError, match=f"--remote {text}"):
        parse_listen_address(text)


def test_no_password_only_on_this_machine_and_origins_as_browsers_send_them():
    assert RemoteSettings("127.0.0.1", 4455, password_required=False).check().local_only
    with pytest.raises(RemoteSettingError, match="without a password, remote control listens only on this machine"):
        RemoteSettings("192.168.1.20", 4455, password_required=False).check()
    with pytest.raises(RemoteSettingError, match="allowed origin 'https://deck.example/page'"):
        RemoteSettings(allowed_origins=("https://deck.example/page",)).check()
