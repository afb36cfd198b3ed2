"""The remote-control password as the settings page shows it: from VITRINA_REMOTE_PASSWORD
(which the page cannot change), else the keyring's (made on first use), else none when there
is no keyring. Reading or keeping it can block on the keyring: never on the GUI thread."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from studio.remote.settings import RemoteSettingError
from studio.secrets import REMOTE_PASSWORD_ENTRY, REMOTE_PASSWORD_VARIABLE, keep_secret, remote_password
from studio.translatable import QT_TRANSLATE_NOOP

NO_KEYRING = QT_TRANSLATE_NOOP("Refusals", "remote password: there is no system keyring to keep one in; set %1")


@dataclass(frozen=True)
class RemotePassword:
    value: str | None = field(repr=False)  # None: there is no keyring to keep one in
    from_environment: bool = False


def current_remote_password() -> RemotePassword:
    return RemotePassword(remote_password(), bool(os.environ.get(REMOTE_PASSWORD_VARIABLE)))


def keep_remote_password(value: str) -> None:
    """Replaces the keyring's password; RemoteSettingError when there is no keyring."""
    if not keep_secret(REMOTE_PASSWORD_ENTRY, value):
        raise RemoteSettingError(NO_KEYRING, REMOTE_PASSWORD_VARIABLE)
