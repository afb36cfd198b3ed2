"""The window's remote-control settings, kept in the store's settings table by their definitions
(studio/setting_sections/remote.py): whether it is on, where it listens, whether a password is
required, and the browser pages let in. The password itself is never here
(studio/remote/password.py). Each mistake is a StoredSettingError that names the setting, so the
settings page can say it next to the field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.remote.setting_checks import NO, YES, password_reason
from studio.remote.settings import RemoteSettingError, RemoteSettings
from studio.setting_catalog import definition
from studio.setting_definitions import SettingError
from studio.setting_sections.remote import ALLOWED_ORIGINS, DEFINITIONS, ENABLED, HOST, PASSWORD_REQUIRED, PORT
from studio.setting_store import save_settings
from studio.settings import get_setting
from studio.translatable import NAMED

__all__ = ["ALLOWED_ORIGINS", "ENABLED", "HOST", "NO", "PASSWORD_REQUIRED", "PORT", "YES", "StoredRemote",
           "StoredSettingError", "load_remote", "origins_text", "remote_from_fields", "save_remote"]


class StoredSettingError(RemoteSettingError):
    """A remote-control setting that cannot be used; `setting` is its key (remote.port, ...)."""

    def __init__(self, setting: str, reason: ValueError) -> None:
        super().__init__(NAMED, setting, reason)
        self.setting = setting


@dataclass(frozen=True)
class StoredRemote:
    enabled: bool = False
    settings: RemoteSettings = field(default_factory=RemoteSettings)


def remote_from_fields(enabled: bool, host: str, port: str, password_required: bool, origins: str) -> StoredRemote:
    """The settings as typed (a port is text, origins one per line), checked."""
    return _from_values({ENABLED: _flag(enabled), HOST: host, PORT: port, PASSWORD_REQUIRED: _flag(password_required),
                         ALLOWED_ORIGINS: origins})


def load_remote(db: Database) -> StoredRemote:
    """What the store holds, or the defaults (off, 127.0.0.1:4455, a password)."""
    return _from_values({each.name: get_setting(db, each.name, each.default) for each in DEFINITIONS})


def save_remote(db: Database, stored: StoredRemote) -> None:
    settings = stored.settings
    save_settings(db, {ENABLED: _flag(stored.enabled), HOST: settings.host, PORT: str(settings.port),
                       PASSWORD_REQUIRED: _flag(settings.password_required), ALLOWED_ORIGINS: origins_text(settings)})


def origins_text(settings: RemoteSettings) -> str:
    return "\n".join(settings.allowed_origins)


def _from_values(typed: Mapping[str, str]) -> StoredRemote:
    values = {name: _checked(name, typed[name]) for name in (ENABLED, HOST, PORT, PASSWORD_REQUIRED, ALLOWED_ORIGINS)}
    reason = password_reason(values, HOST, PASSWORD_REQUIRED)
    if reason:
        raise StoredSettingError(PASSWORD_REQUIRED, reason)
    settings = RemoteSettings(values[HOST], int(values[PORT]), values[PASSWORD_REQUIRED] == YES,
                              tuple(filter(None, values[ALLOWED_ORIGINS].splitlines())))
    return StoredRemote(values[ENABLED] == YES, settings)


def _checked(name: str, value: str) -> str:
    try:
        return definition(name).check(value)
    except SettingError as error:
        raise StoredSettingError(name, error) from None


def _flag(on: bool) -> str:
    return YES if on else NO
