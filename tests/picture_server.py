"""A picture server on loopback for the tests: real HTTP from aiohttp, on a thread of its own."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator

import cv2
import numpy as np
import pytest
from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def png_bytes(colour: tuple[int, int, int] = (40, 160, 220), side: int = 16) -> bytes:
    ok, encoded = cv2.imencode(".png", np.full((side, side, 3), colour, np.uint8))
    assert ok
    return encoded.tobytes()


class PictureServer:
    def __init__(self, routes: dict[str, Handler]) -> None:
        self.requests: Counter[str] = Counter()
        self._routes = routes
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._serve, name="picture-server", daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> PictureServer:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._begin())
        self._ready.set()
        self._loop.run_forever()

    async def _begin(self) -> None:
        app = web.Application()
        for path, handler in self._routes.items():
            app.router.add_get(path, self._counted(path, handler))
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def _counted(self, path: str, handler: Handler) -> Handler:
        async def counted(request: web.Request) -> web.StreamResponse:
            self.requests[path] += 1
            return await handler(request)
        return counted

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture(name="picture_server")
def picture_server_fixture() -> Iterator[Callable[[dict[str, Handler]], PictureServer]]:
    """Starts servers with the given routes; stops them after the test."""
    started: list[PictureServer] = []

    def start(routes: dict[str, Handler]) -> PictureServer:
        server = PictureServer(routes).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
