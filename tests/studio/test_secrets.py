"""Tokens come from the environment first, then the system keyring, and are never required."""

from __future__ import annotations

import keyring
import pytest
from keyring.errors import NoKeyringError

from studio.secrets import SERVICE, twitch_token, whip_token
from tests.studio.conftest import MemoryKeyring


class NoKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")


def test_whip_token_is_read_from_the_keyring_per_endpoint(memory_keyring: MemoryKeyring) -> None:
    keyring.set_password(SERVICE, "whip:https://a.example/whip", "token-a")
    assert whip_token("https://a.example/whip") == "token-a"
    assert whip_token("https://b.example/whip") is None


def test_environment_wins_over_the_keyring(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_password(SERVICE, "twitch", "oauth:from-keyring")
    assert twitch_token() == "oauth:from-keyring"
    monkeypatch.setenv("VITRINA_TWITCH_TOKEN", "oauth:from-env")
    assert twitch_token() == "oauth:from-env"


def test_no_keyring_means_no_token_and_the_reason_without_the_secret(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    monkeypatch.delenv("VITRINA_TWITCH_TOKEN", raising=False)
    try:
        with caplog.at_level("INFO"):
            assert twitch_token() is None
    finally:
        keyring.set_keyring(previous)
    assert "NoKeyringError" in caplog.text
