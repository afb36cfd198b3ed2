"""The window's remote-control settings, kept in the store's settings table: whether it is on,
where it listens, whether a password is required, and the browser pages let in. The password
itself is never here (studio/remote/password.py). Each mistake is a StoredSettingError that
names the setting, so the settings page can say it next to the field."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.remote.settings import DEFAULT_HOST, DEFAULT_PORT, RemoteSettingError, RemoteSettings, is_loopback, normal_origin
from studio.settings import get_setting, set_setting
from studio.storage import transaction

ENABLED, HOST, PORT = "remote.enabled", "remote.host", "remote.port"
PASSWORD_REQUIRED, ALLOWED_ORIGINS = "remote.password_required", "remote.allowed_origins"
YES, NO = "1", "0"
MAX_HOST = 253  # the longest DNS name
SHOWN_CHARACTERS = 60  # of a mistaken value, in a message


class StoredSettingError(RemoteSettingError):
    """A remote-control setting that cannot be used; `setting` is its key (remote.port, ...)."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"{setting}: {message}")
        self.setting = setting


@dataclass(frozen=True)
class StoredRemote:
    enabled: bool = False
    settings: RemoteSettings = field(default_factory=RemoteSettings)


def remote_from_fields(enabled: bool, host: str, port: str, password_required: bool, origins: str) -> StoredRemote:
    """The settings as typed (a port is text, origins one per line), checked."""
    checked_host = _host(host)
    if not password_required and not is_loopback(checked_host):
        raise StoredSettingError(PASSWORD_REQUIRED, "a password is required when listening beyond this machine "
                                 f"({checked_host}): anyone on the network could take over the show")
    settings = RemoteSettings(checked_host, _port(port), password_required, _origins(origins))
    return StoredRemote(enabled, settings)


def load_remote(db: Database) -> StoredRemote:
    """What the store holds, or the defaults (off, 127.0.0.1:4455, a password)."""
    return remote_from_fields(_flag(db, ENABLED, False), get_setting(db, HOST, DEFAULT_HOST),
                              get_setting(db, PORT, str(DEFAULT_PORT)), _flag(db, PASSWORD_REQUIRED, True),
                              get_setting(db, ALLOWED_ORIGINS, ""))


def save_remote(db: Database, stored: StoredRemote) -> None:
    settings = stored.settings
    with transaction(db):
        set_setting(db, ENABLED, YES if stored.enabled else NO)
        set_setting(db, HOST, settings.host)
        set_setting(db, PORT, str(settings.port))
        set_setting(db, PASSWORD_REQUIRED, YES if settings.password_required else NO)
        set_setting(db, ALLOWED_ORIGINS, "\n".join(settings.allowed_origins))


def origins_text(settings: RemoteSettings) -> str:
    return "\n".join(settings.allowed_origins)


def _flag(db: Database, key: str, default: bool) -> bool:
    value = get_setting(db, key, YES if default else NO)
    if value not in (YES, NO):
        raise StoredSettingError(key, f"{_shown(value)} is neither {YES} (on) nor {NO} (off)")
    return value == YES


def _host(text: str) -> str:
    host = text.strip()
    if not host:
        raise StoredSettingError(HOST, f"give the address to listen on, e.g. {DEFAULT_HOST} (this machine only)")
    if len(host) > MAX_HOST or any(character.isspace() for character in host):
        raise StoredSettingError(HOST, f"{_shown(host)} is not an address: write an IP address or a host name")
    return host


def _port(text: str) -> int:
    port = text.strip()
    if not (port.isascii() and port.isdigit()) or not 0 < int(port) <= 65535:
        raise StoredSettingError(PORT, f"{_shown(port)} is not a port: choose a number from 1 to 65535 "
                                 f"({DEFAULT_PORT} is the one tools try first)")
    return int(port)


def _origins(text: str) -> tuple[str, ...]:
    origins = []
    for number, line in enumerate(text.splitlines(), start=1):
        origin = line.strip().rstrip("/")
        if not origin:
            continue
        if normal_origin(origin) != origin.lower():
            raise StoredSettingError(ALLOWED_ORIGINS, f"line {number}, {_shown(origin)}: write a page's origin as "
                                     "scheme://host[:port], e.g. https://deck.example")
        origins.append(normal_origin(origin))
    return tuple(dict.fromkeys(origins))


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN_CHARACTERS else value[:SHOWN_CHARACTERS] + "…")
