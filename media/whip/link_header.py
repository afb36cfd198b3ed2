"""STUN and TURN servers a WHIP server offers in Link headers (RFC 9725, section 4.4):

    Link: <stun:stun.example.net>; rel="ice-server"
    Link: <turn:turn.example.net?transport=udp>; rel="ice-server"; username="u"; credential="p";
          credential-type="password"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_PARAMETER = re.compile(r';\s*([\w-]+)\s*=\s*(?:"([^"]*)"|([^;\s,]+))')


@dataclass(frozen=True)
class IceServer:
    url: str
    username: str | None = None
    credential: str | None = None


def ice_servers(link_headers: Iterable[str]) -> list[IceServer]:
    servers = []
    for header in link_headers:
        for match in _LINK.finditer(header):
            parameters = {name.lower(): quoted or bare for name, quoted, bare in _PARAMETER.findall(match[2])}
            if parameters.get("rel", "").lower() == "ice-server" and match[1].startswith(("stun:", "turn:", "turns:")):
                servers.append(IceServer(match[1], parameters.get("username"), parameters.get("credential")))
    return servers
