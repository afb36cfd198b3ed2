"""Secrets (stream keys, bearer tokens) come from the environment or the system keyring,
never from the command line (where `ps` shows them), the database or a log line."""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "vitrina"


def whip_token(endpoint: str) -> str | None:
    """VITRINA_WHIP_TOKEN, else the keyring's entry for this endpoint, else None (no token)."""
    from_env = os.environ.get("VITRINA_WHIP_TOKEN")
    if from_env:
        return from_env
    try:
        return keyring.get_password(SERVICE, f"whip:{endpoint}")
    except KeyringError as error:
        log.info("no keyring to read the WHIP token from: %s", type(error).__name__)
        return None
