"""The WHIP exchange over HTTP (RFC 9725): POST the SDP offer, get 201 Created with the answer
and the session's resource URL in Location, DELETE that URL at the end.

Errors say what happened in words a presenter can act on; the bearer token never appears
in them or in the log."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from urllib.parse import urljoin

import aiohttp

from media.redact import redact_url
from media.whip.link_header import IceServer, ice_servers

log = logging.getLogger(__name__)

ANSWER_TIMEOUT = 10.0
MAX_ERROR_TEXT = 300


class WhipError(Exception):
    """The server did not accept the session. `permanent` errors are not worth retrying soon."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class WhipSession:
    answer_sdp: str
    resource_url: str
    ice_servers: tuple[IceServer, ...]


def _headers(token: str | None, content_type: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if content_type:
        headers["Content-Type"] = content_type
    return headers


async def publish_offer(http: aiohttp.ClientSession, endpoint: str, token: str | None, offer_sdp: str,
                        timeout: float = ANSWER_TIMEOUT) -> WhipSession:
    shown = redact_url(endpoint)
    try:
        async with asyncio.timeout(timeout):
            async with http.post(endpoint, data=offer_sdp.encode(), headers=_headers(token, "application/sdp"),
                                 allow_redirects=True) as response:
                body = await response.text(errors="replace")
                return _session(response, body, shown)
    except TimeoutError:
        raise WhipError(f"{shown}: no answer in {timeout:g} s") from None
    except aiohttp.ClientError as error:
        raise WhipError(f"{shown}: cannot reach the server ({type(error).__name__})") from None


def _session(response: aiohttp.ClientResponse, body: str, shown: str) -> WhipSession:
    status = response.status
    if status in (401, 403):
        raise WhipError(f"{shown}: the server refused the token ({status})", permanent=True)
    if status == 404:
        raise WhipError(f"{shown}: no such endpoint (404)", permanent=True)
    if status != 201:
        text = " ".join(body.split())[:MAX_ERROR_TEXT]
        raise WhipError(f"{shown}: the server answered {status} {response.reason}: {text}", permanent=400 <= status < 500)
    location = response.headers.get("Location")
    if not location:
        raise WhipError(f"{shown}: the server answered 201 without a Location header (a server bug: "
                        "the session cannot be ended)", permanent=True)
    return WhipSession(body, urljoin(str(response.url), location), tuple(ice_servers(response.headers.getall("Link", []))))


async def delete_session(http: aiohttp.ClientSession, resource_url: str, token: str | None,
                         timeout: float = ANSWER_TIMEOUT) -> None:
    """Ends the session on the server; a failure is logged, never raised (the show is ending)."""
    try:
        async with asyncio.timeout(timeout):
            async with http.delete(resource_url, headers=_headers(token)) as response:
                if response.status >= 400:
                    log.info("ending %s: the server answered %d", redact_url(resource_url), response.status)
    except (TimeoutError, aiohttp.ClientError) as error:
        log.info("ending %s failed: %s", redact_url(resource_url), type(error).__name__)
