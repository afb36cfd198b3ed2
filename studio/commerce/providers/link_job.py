"""Asking a provider for a cart's link, off the caller's thread: the cart is marked `asking`,
the provider is asked (with a timeout), and the answer is stored with a cart event: the link
(LINK_READY), or the reason there is none (LINK_FAILED). Either way the cart stays unpaid and
whole: a failure loses nothing, and the other ways to pay still stand."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from sqlite_utils import Database

from media.worker import Task
from studio.commerce.cart_store import CartEventKind, record
from studio.commerce.carts import CartError, LinkState, find_cart
from studio.commerce.providers import mercado_pago, stripe_links
from studio.commerce.providers.link_request import LinkRequest, ProviderError, timeout
from studio.secrets import secret
from studio.storage import open_database, transaction
from studio.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Create = Callable[[aiohttp.ClientSession, str, LinkRequest, str], Awaitable[str]]


@dataclass(frozen=True)
class Provider:
    name: str
    create: Create
    api: str
    variable: str  # the environment variable that may hold the key instead of the keyring

    def key(self) -> str | None:
        return secret(self.variable, f"payment:{self.name}")


PROVIDERS = {
    mercado_pago.NAME: Provider(mercado_pago.NAME, mercado_pago.create_link, mercado_pago.API,
                                "VITRINA_MERCADOPAGO_TOKEN"),
    stripe_links.NAME: Provider(stripe_links.NAME, stripe_links.create_link, stripe_links.API, "VITRINA_STRIPE_KEY"),
}


@dataclass(frozen=True)
class LinkOutcome:
    cart: str
    url: str | None
    reason: str  # '' when there is a link


def ask_for_link(database: Path, cart_code: str, provider: Provider, seconds: float = 15.0,
                 on_done: Callable[[LinkOutcome], None] | None = None) -> Task:
    """Starts the job on a task of its own and returns it; `on_done` gets the outcome on that thread."""

    def work() -> None:
        outcome = make_link(database, cart_code, provider, seconds)
        if on_done is not None:
            on_done(outcome)

    task = Task(f"payment-link-{cart_code}", work)
    task.start()
    return task


def make_link(database: Path, cart_code: str, provider: Provider, seconds: float = 15.0) -> LinkOutcome:
    """The whole job on the caller's thread (a task runs this): mark, ask, store the answer."""
    db = open_database(database)
    try:
        request = _mark_asking(db, cart_code)
        key = provider.key()
        try:
            if not key:
                raise ProviderError(f"no {provider.name} key: keep one with `vitrina payment-key {provider.name}`")
            url, reason = asyncio.run(_ask(provider, key, request, seconds)), ""
        except ProviderError as error:
            url, reason = None, str(error)
        _store(db, request, url, reason)
        if url is None:
            log.warning("no %s link for cart %s: %s", provider.name, request.cart, reason)
        return LinkOutcome(request.cart, url, reason)
    finally:
        db.conn.close()


async def _ask(provider: Provider, key: str, request: LinkRequest, seconds: float) -> str:
    try:
        async with aiohttp.ClientSession(timeout=timeout(seconds)) as session:
            return await provider.create(session, key, request, provider.api)
    except TimeoutError as error:
        raise ProviderError(f"{provider.name} did not answer within {seconds:g} s") from error
    except aiohttp.ClientError as error:
        raise ProviderError(f"{provider.name} could not be reached: {type(error).__name__}") from error


def _mark_asking(db: Database, cart_code: str) -> LinkRequest:
    with transaction(db):
        cart = find_cart(db, cart_code)
        if cart is None:
            raise CartError(QT_TRANSLATE_NOOP("Refusals", "no cart %1 (see `vitrina carts`)"), cart_code)
        if cart.totals.grand <= 0:
            raise CartError(QT_TRANSLATE_NOOP("Refusals", "cart %1 has nothing to pay"), cart.code)
        db.execute("UPDATE carts SET link_state = ?, link_note = '' WHERE id = ?", (LinkState.ASKING.value, cart.id))
    return LinkRequest(cart.code, f"Cart {cart.code}", cart.totals.grand, cart.totals.currency)


def _store(db: Database, request: LinkRequest, url: str | None, reason: str) -> None:
    with transaction(db):
        cart = find_cart(db, request.cart)
        assert cart is not None, "carts are never deleted"
        if url:
            db.execute("UPDATE carts SET link_state = ?, link_url = ?, link_total = ?, link_note = '' WHERE id = ?",
                       (LinkState.READY.value, url, request.total_minor, cart.id))
        else:  # an earlier link, if any, stays: it is still good for the total it was made for
            db.execute("UPDATE carts SET link_state = ?, link_note = ? WHERE id = ?",
                       (LinkState.FAILED.value, reason, cart.id))
        kind = CartEventKind.LINK_READY if url else CartEventKind.LINK_FAILED
        record(db, cart.id, kind, time.time(), note=reason)
