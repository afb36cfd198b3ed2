"""Every chat connector's health as a typed value: the ingest socket, the rehearsal audience
and YouTube, beside IRC's own tests (test_irc_health.py, test_irc_ngircd.py)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

import pytest
from aiohttp import web

from media.backoff import retry_delay
from media.health import Health, PartState
from studio.chat.connectors import Connector
from studio.chat.ingest import IngestError, IngestServer
from studio.chat.rehearsal import RehearsalAudience
from studio.chat.youtube import YouTubeConnector
from studio.demo_catalog import demo_products
from tests.studio.chat.test_youtube import serve


async def health_once(connector: Connector, ready: Callable[[Connector], bool]) -> Health:
    """The connector's health once `ready` says so (10 s at most), then the show stops."""
    stop = asyncio.Event()
    task = asyncio.ensure_future(connector.run(stop))
    for _ in range(1000):
        if ready(connector) or task.done():
            break
        await asyncio.sleep(0.01)
    health = connector.health
    stop.set()
    await task
    return health


def test_the_ingest_socket_is_joined_while_it_listens():
    server = IngestServer(print, "t0ken", port=0)
    assert server.health.state is PartState.CONNECTING
    health = asyncio.run(health_once(server, lambda connector: connector.health.working))
    assert health.state is PartState.JOINED and server.port != 0 and server.state == "joined"


def test_an_ingest_port_in_use_is_a_failure_with_its_reason():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = IngestServer(print, "t0ken", port=port)
        with pytest.raises(IngestError) as raised:
            asyncio.run(server.run(asyncio.Event()))
    assert server.health == Health(PartState.FAILED, str(raised.value))
    assert server.state.startswith(f"failed: the ingest socket cannot listen on 127.0.0.1:{port}: ")


def test_the_rehearsal_audience_is_joined_and_counts_what_it_sent(tmp_path):
    audience = RehearsalAudience(demo_products(tmp_path), lambda message: None, per_second=100, seed=2)
    assert audience.health.state is PartState.CONNECTING
    health = asyncio.run(health_once(audience, lambda connector: audience.sent >= 3))
    assert health.state is PartState.JOINED and audience.state == f"joined, {audience.sent} sent"


def test_a_youtube_api_that_fails_for_now_is_retried_on_the_schedule():
    async def bad_gateway(request: web.Request) -> web.Response:
        return web.Response(status=502, text="<html>Bad gateway</html>", content_type="text/html")

    async def main() -> tuple[Health, float, float]:
        runner, api = await serve(bad_gateway)
        connector = YouTubeConnector("CHAT1", print, api=api, api_key="KEY")
        started = asyncio.get_running_loop().time()
        try:
            health = await health_once(connector, lambda connector: connector.health.attempt == 1)
        finally:
            await runner.cleanup()
        return health, started, asyncio.get_running_loop().time()

    health, started, ended = asyncio.run(main())
    assert (health.state, health.attempt, health.reason) == (PartState.RECONNECTING, 1, "youtube: YouTube answered 502: ")
    assert health.next_retry is not None
    assert started + retry_delay(1) <= health.next_retry <= ended + retry_delay(1)
