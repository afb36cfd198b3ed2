"""Starting remote control for a driver: the address it was given, the password from the
environment or the keyring (made on first use), and where StartStream publishes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from studio.destinations import ResolvedDestination
from studio.live.show import LiveShow
from studio.remote.requests.outputs import saved_destinations
from studio.remote.server import RemoteServer
from studio.remote.settings import RemoteSettingError, RemoteSettings, parse_listen_address
from studio.secrets import REMOTE_PASSWORD_ENTRY, REMOTE_PASSWORD_VARIABLE, SERVICE, remote_password

PASSWORD_WHERE = (f"the password is in the system keyring (service {SERVICE}, entry {REMOTE_PASSWORD_ENTRY}) "
                  f"or {REMOTE_PASSWORD_VARIABLE}")


def remote_settings(address: str) -> RemoteSettings:
    """The settings for `--remote [HOST:]PORT`, checked: RemoteSettingError names what is wrong."""
    host, port = parse_listen_address(address)
    return RemoteSettings(host, port).check()


def start_remote(show: LiveShow, settings: RemoteSettings,
                 targets: Sequence[ResolvedDestination] = ()) -> RemoteServer:
    """A running server for the open show; StartStream publishes to `targets`, or when there are
    none to every saved destination that is enabled. RemoteSettingError or RemoteServerError."""
    password = remote_password() if settings.password_required else None
    if settings.password_required and not password:
        raise RemoteSettingError(f"remote password: there is no system keyring to keep one in; set {REMOTE_PASSWORD_VARIABLE}")

    def stream_targets(db: Database) -> list[ResolvedDestination]:
        return list(targets) if targets else saved_destinations(db)

    server = RemoteServer(show, settings, password, stream_targets)
    server.start()
    return server
