"""Tokens come from the environment first, then the system keyring, and are never required."""

from __future__ import annotations

import keyring
import pytest
from keyring.errors import NoKeyringError

from studio.secrets import SERVICE, remote_password, twitch_token, whip_token
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


def test_the_remote_password_is_made_once_and_kept_in_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    with caplog.at_level("DEBUG"):
        made = remote_password()
    assert made and len(made) >= 16 and remote_password() == made
    assert memory_keyring.entries[(SERVICE, "remote-control")] == made and made not in caplog.text
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", "from the environment")
    assert remote_password() == "from the environment"


def test_without_a_keyring_no_remote_password_is_made(no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    assert remote_password() is None
