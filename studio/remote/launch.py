"""Starting remote control for a driver: the address it was given, the password from the
environment or the keyring (made on first use), and where StartStream publishes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from studio.destinations import ResolvedDestination
from studio.live.show import LiveShow
from studio.remote.password import NO_KEYRING
from studio.remote.requests.outputs import saved_destinations
from studio.remote.server import RemoteServer
from studio.remote.settings import RemoteSettingError, RemoteSettings, parse_listen_address
from studio.secrets import REMOTE_PASSWORD_ENTRY, REMOTE_PASSWORD_VARIABLE, SERVICE, remote_password

PASSWORD_WHERE = (f"the password is in the system keyring (service {SERVICE}, entry {REMOTE_PASSWORD_ENTRY}) "
                  f"or {REMOTE_PASSWORD_VARIABLE}")


@dataclass(frozen=True)
class RemoteLaunch:
    """What a driver checked before its show opens: where to listen and the password (or none)."""

    settings: RemoteSettings
    password: str | None = field(repr=False)


def prepare_remote(address: str, settings: RemoteSettings = RemoteSettings()) -> RemoteLaunch:
    """`--remote [HOST:]PORT` checked, with the password: RemoteSettingError names what is wrong."""
    host, port = parse_listen_address(address)
    return launch_with(replace(settings, host=host, port=port))


def launch_with(settings: RemoteSettings) -> RemoteLaunch:
    """`settings` checked, with the password: RemoteSettingError names what is wrong."""
    checked = settings.check()
    password = remote_password() if checked.password_required else None
    if checked.password_required and not password:
        raise RemoteSettingError(NO_KEYRING, REMOTE_PASSWORD_VARIABLE)
    return RemoteLaunch(checked, password)


def start_remote(show: LiveShow, launch: RemoteLaunch, targets: Sequence[ResolvedDestination] = ()) -> RemoteServer:
    """A running server for the open show; StartStream publishes to `targets`, or when there are
    none to every saved destination that is enabled. RemoteServerError when it cannot listen."""

    def stream_targets(db: Database) -> list[ResolvedDestination]:
        return list(targets) if targets else saved_destinations(db)

    server = RemoteServer(show, launch.settings, launch.password, stream_targets)
    server.start()
    return server
