"""Secrets (stream keys, bearer tokens) come from the environment or the system keyring,
never from the command line (where `ps` shows them), the database or a log line."""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "vitrina"


def secret(variable: str, keyring_name: str) -> str | None:
    """The environment variable, else the system keyring's entry, else None."""
    from_env = os.environ.get(variable)
    if from_env:
        return from_env
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


def ingest_token() -> str | None:
    """VITRINA_INGEST_TOKEN, else the keyring's: what a bridge must show to the chat ingest socket."""
    return secret("VITRINA_INGEST_TOKEN", "ingest")
