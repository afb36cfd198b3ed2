"""Secrets (stream keys, bearer tokens) come from the environment or the system keyring,
never from the command line (where `ps` shows them), the database or a log line."""

from __future__ import annotations

import enum
import logging
import os
import secrets
from dataclasses import dataclass

import keyring
import keyring.backends.fail
import keyring.backends.null
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "vitrina"
REMOTE_PASSWORD_VARIABLE, REMOTE_PASSWORD_ENTRY = "VITRINA_REMOTE_PASSWORD", "remote-control"


@dataclass(frozen=True)
class SecretPlace:
    """Where a secret lives: an entry in the system keyring, which an environment variable
    overrides for one session."""

    keyring_name: str
    variable: str

    def value(self) -> str | None:
        return secret(self.variable, self.keyring_name)


TWITCH_TOKEN = SecretPlace("twitch", "VITRINA_TWITCH_TOKEN")
YOUTUBE_API_KEY = SecretPlace("youtube-api-key", "VITRINA_YOUTUBE_API_KEY")
YOUTUBE_TOKEN = SecretPlace("youtube-token", "VITRINA_YOUTUBE_TOKEN")
INGEST_TOKEN = SecretPlace("ingest", "VITRINA_INGEST_TOKEN")


class SecretSource(enum.Enum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    NONE = "none"


def secret_source_of(variable: str, keyring_name: str) -> SecretSource:
    """Where the secret would come from now (without showing it)."""
    if os.environ.get(variable):
        return SecretSource.ENVIRONMENT
    return SecretSource.KEYRING if from_keyring(keyring_name) else SecretSource.NONE


def secret(variable: str, keyring_name: str) -> str | None:
    """The environment variable, else the system keyring's entry, else None."""
    return os.environ.get(variable) or from_keyring(keyring_name)


def keyring_available() -> bool:
    """Whether there is a system keyring to keep secrets in (keyring's stand-ins for none refuse every write)."""
    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring | keyring.backends.null.Keyring)


def from_keyring(keyring_name: str) -> str | None:
    """The system keyring's entry, else None (also when there is no keyring)."""
    try:
        return keyring.get_password(SERVICE, keyring_name)
    except KeyringError as error:
        log.info("no keyring to read %s from: %s", keyring_name, type(error).__name__)
        return None


def whip_token(endpoint: str) -> str | None:
    """VITRINA_WHIP_TOKEN, else the keyring's entry for this endpoint, else None (no token)."""
    return secret("VITRINA_WHIP_TOKEN", f"whip:{endpoint}")


def twitch_token() -> str | None:
    """VITRINA_TWITCH_TOKEN, else the keyring's, else None: chat is then read anonymously."""
    return TWITCH_TOKEN.value()


def ingest_token() -> str | None:
    """VITRINA_INGEST_TOKEN, else the keyring's: what a bridge must show to the chat ingest socket."""
    return INGEST_TOKEN.value()


def remote_password() -> str | None:
    """VITRINA_REMOTE_PASSWORD, else the keyring's, else a new one made now and kept in the keyring
    (as OBS makes one on first use). None when there is neither the variable nor a keyring."""
    found = secret(REMOTE_PASSWORD_VARIABLE, REMOTE_PASSWORD_ENTRY)
    if found:
        return found
    made = make_remote_password()
    return made if keep_secret(REMOTE_PASSWORD_ENTRY, made) else None


def make_remote_password() -> str:
    return secrets.token_urlsafe(12)


def keep_secret(keyring_name: str, value: str) -> bool:
    """Stores `value` in the system keyring. False (the reason logged, not the value) when there is none."""
    try:
        keyring.set_password(SERVICE, keyring_name, value)
    except KeyringError as error:
        log.info("no keyring to keep %s in: %s", keyring_name, type(error).__name__)
        return False
    return True


def forget_secret(keyring_name: str) -> None:
    """Deletes the keyring's entry, if there is one (and a keyring)."""
    try:
        keyring.delete_password(SERVICE, keyring_name)
    except KeyringError:  # PasswordDeleteError when there was none
        log.debug("no keyring entry %s to delete", keyring_name)
