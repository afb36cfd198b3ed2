"""Secrets (stream keys, bearer tokens) come from the environment or the system keyring,
never from the command line (where `ps` shows them), the database or a log line."""

from __future__ import annotations

import logging
import os
import secrets

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "vitrina"
REMOTE_PASSWORD_VARIABLE, REMOTE_PASSWORD_ENTRY = "VITRINA_REMOTE_PASSWORD", "remote-control"


def secret(variable: str, keyring_name: str) -> str | None:
    """The environment variable, else the system keyring's entry, else None."""
    return os.environ.get(variable) or from_keyring(keyring_name)


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
    return secret("VITRINA_TWITCH_TOKEN", "twitch")


TWITCH_CLIENT_ID_ENTRY = "twitch-client-id"


def twitch_client_id() -> str | None:
    """VITRINA_TWITCH_CLIENT_ID, else the keyring's: the application Twitch's API (Helix) wants beside the token."""
    return secret("VITRINA_TWITCH_CLIENT_ID", TWITCH_CLIENT_ID_ENTRY)


def ingest_token() -> str | None:
    """VITRINA_INGEST_TOKEN, else the keyring's: what a bridge must show to the chat ingest socket."""
    return secret("VITRINA_INGEST_TOKEN", "ingest")


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
