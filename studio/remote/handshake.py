"""Who may open a session, decided before the WebSocket upgrade: a browser page (it sends an
Origin header) only from an origin the user allowed, since any page the presenter has open can
reach 127.0.0.1; a client only with an encoding this server speaks."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from aiohttp import hdrs, web

from studio.remote.codec import Encoding, choose_encoding, offered_subprotocols
from studio.remote.settings import RemoteSettings, is_loopback, normal_origin


def origin_allowed(origin: str | None, host_header: str, settings: RemoteSettings) -> bool:
    """No Origin (a program, not a page), an allowed one, or the client library's own: libraries
    such as websocket-client send this server's own address, an origin no page can have, since
    this server serves none. A host name there is not trusted: DNS rebinding could fake it."""
    if origin is None:
        return True
    normal = normal_origin(origin)
    if normal and normal in settings.allowed_origins:
        return True
    parts = urlsplit(normal)
    own_address = parts.netloc == host_header.lower() and parts.scheme in ("http", "https")
    return own_address and parts.hostname is not None and (_is_address(parts.hostname) or is_loopback(parts.hostname))


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def admit(request: web.Request, settings: RemoteSettings) -> Encoding | web.Response:
    """The encoding the session will speak, or the plain-text answer that turns the client away."""
    origin = request.headers.get(hdrs.ORIGIN)
    if not origin_allowed(origin, request.host, settings):
        return web.Response(status=403, text="Vitrina remote control: this web page's origin is not allowed; add it "
                            "to the allowed origins in the remote-control settings\n")
    encoding = choose_encoding(offered_subprotocols(request.headers.get(hdrs.SEC_WEBSOCKET_PROTOCOL, "")))
    if encoding is None:
        return web.Response(status=400, text="Vitrina remote control speaks obs-websocket 5 over the subprotocols "
                            f"{Encoding.JSON.value} and {Encoding.MSGPACK.value} only\n")
    return encoding
