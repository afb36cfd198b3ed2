"""Mercado Pago's and Stripe's link endpoints on loopback for the tests: real HTTP from aiohttp on
a thread of its own, answering with the providers' documented JSON (tests/studio/commerce/providers/wire/),
errors included, and checking each request as the provider would (its key, its fields)."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

from aiohttp import web

WIRE = Path(__file__).parent / "studio" / "commerce" / "providers" / "wire"
MERCADO_PAGO_TOKEN = "APP_USR-1234-test"
STRIPE_KEY = "sk_test_1234wxyz"


def wire(name: str) -> dict[str, Any]:
    return json.loads((WIRE / name).read_text(encoding="utf-8"))


class PaymentApi:
    """`hang` makes every answer wait that long (a provider that does not answer in time)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.hang = 0.0
        self.refuse: tuple[str, int] | None = None  # (a wire file, its status): the next answers, whatever was asked
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._serve, name="payment-api", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PaymentApi:
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
        app.router.add_post("/checkout/preferences", self._preference)
        app.router.add_post("/v1/payment_links", self._payment_link)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _preference(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.append(("mercadopago", body))
        await asyncio.sleep(self.hang)
        if self.refuse is not None:
            return web.json_response(wire(self.refuse[0]), status=self.refuse[1])
        if request.headers.get("Authorization") != f"Bearer {MERCADO_PAGO_TOKEN}":
            return web.json_response(wire("mercadopago_401.json"), status=401)
        item = body["items"][0]
        if item.get("currency_id") not in ("BRL", "ARS", "MXN", "CLP", "COP", "PEN", "UYU"):
            return web.json_response(wire("mercadopago_400.json"), status=400)
        answer = wire("mercadopago_preference.json")
        answer["external_reference"], answer["items"] = body.get("external_reference", ""), body["items"]
        return web.json_response(answer, status=201)

    async def _payment_link(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self.received.append(("stripe", form))
        await asyncio.sleep(self.hang)
        if self.refuse is not None:
            return web.json_response(wire(self.refuse[0]), status=self.refuse[1])
        if request.headers.get("Authorization") != f"Bearer {STRIPE_KEY}":
            return web.json_response(wire("stripe_401.json"), status=401)
        if "line_items[0][price_data][currency]" not in form and "line_items[0][price]" not in form:
            return web.json_response(wire("stripe_400.json"), status=400)
        answer = wire("stripe_payment_link.json")
        answer["currency"] = form["line_items[0][price_data][currency]"]
        answer["metadata"] = {"cart": form.get("metadata[cart]", "")}
        return web.json_response(answer)
