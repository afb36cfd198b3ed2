"""Where the remote-control server listens and whom it lets in, checked before it starts:
each mistake is a RemoteSettingError naming the setting. A password is required unless the
user turns it off, which is refused when listening beyond this machine."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from studio.translatable import QT_TRANSLATE_NOOP, Refusal

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4455  # obs-websocket's: the port every tool tries first
LOCAL_NAMES = {"localhost"}


class RemoteSettingError(Refusal):
    """A remote-control setting the server cannot start with: the message names it."""


@dataclass(frozen=True)
class RemoteSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT  # 0: any free port (tests, benchmarks)
    password_required: bool = True
    allowed_origins: tuple[str, ...] = ()  # browser pages (scheme://host[:port]) that may connect

    def check(self) -> RemoteSettings:
        if not 0 <= self.port <= 65535:
            raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "remote port %1: choose a port from 1 to 65535"), self.port)
        if not self.password_required and not is_loopback(self.host):
            raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "remote host %1: without a password, remote control listens only on this machine (127.0.0.1); anyone on the network could take over the show"), self.host)
        for origin in self.allowed_origins:
            if origin != normal_origin(origin):
                raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "remote allowed origin %1: write it as scheme://host[:port], e.g. https://deck.example"), f"{origin!r}")
        return self

    @property
    def local_only(self) -> bool:
        return is_loopback(self.host)


def parse_listen_address(text: str) -> tuple[str, int]:
    """`4455`, `127.0.0.1:4455`, `[::1]:4455` or `0.0.0.0:4455` as (host, port)."""
    host, separator, port_text = text.strip().rpartition(":")
    host = host.strip("[]") if separator else DEFAULT_HOST
    if not port_text.isdigit() or not 0 < int(port_text) <= 65535:
        raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "--remote %1: give [HOST:]PORT with a port from 1 to 65535, e.g. 4455"), text)
    if not host:
        raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "--remote %1: the host before the port is empty"), text)
    return host, int(port_text)


def websocket_url(host: str, port: int) -> str:
    """What a tool connects to: ws://127.0.0.1:4455, ws://[::1]:4455."""
    return f"ws://[{host}]:{port}" if ":" in host else f"ws://{host}:{port}"


def is_loopback(host: str) -> bool:
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normal_origin(origin: str) -> str:
    """scheme://host[:port] in lower case, without a path: how browsers send Origin."""
    parts = urlsplit(origin.strip())
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
