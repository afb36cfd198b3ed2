"""Payment links from Mercado Pago and Stripe, against a local server that answers in their
documented JSON: a link arrives as a cart event; a refusal or silence leaves the cart unpaid
and whole, with the provider's reason."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from studio.commerce.cart_clerk import CartDesk
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.cart_store import CartEventKind
from studio.commerce.carts import LinkState, PaymentState, find_cart, show_carts
from studio.commerce.payment_options import payment_options
from studio.commerce.providers.link_job import PROVIDERS, LinkOutcome, ask_for_link, make_link
from studio.secrets import keep_secret
from tests.payment_api import MERCADO_PAGO_TOKEN, STRIPE_KEY, PaymentApi
from tests.studio.commerce.cart_shop import buy, open_shop


@pytest.fixture
def api() -> Iterator[PaymentApi]:
    server = PaymentApi().start()
    yield server
    server.stop()


@pytest.fixture
def shop(db, tmp_path, memory_keyring):
    show = open_shop(db, shipping_fee="10")
    buy(db, show, "ana", "quero A1 x2")
    return show, show_carts(db, show)[0].code, tmp_path / "vitrina.db"


def provider(name: str, api: PaymentApi):
    return replace(PROVIDERS[name], api=api.url)


def test_mercado_pago_makes_the_link_for_the_carts_total(db, shop, api):
    show, code, database = shop
    keep_secret("payment:mercadopago", MERCADO_PAGO_TOKEN)
    desk = CartDesk(db, show)
    outcome = make_link(database, code, provider("mercadopago", api))
    assert outcome.reason == "" and outcome.url is not None and outcome.url.startswith(
        "https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=")
    (_, sent), = api.received
    assert sent["external_reference"] == code
    assert sent["items"] == [{"id": code, "title": f"Cart {code}", "quantity": 1, "currency_id": "BRL",
                              "unit_price": 109.8}]  # 2 × 49.90 + 10.00 shipping
    ready, = desk.tick()
    assert ready.kind is CartEventKind.LINK_READY and ready.payment.provider_url == outcome.url
    assert ready.payment.links[0] == outcome.url


def test_stripe_makes_a_payment_link_with_an_inline_price(db, shop, api):
    _, code, database = shop
    keep_secret("payment:stripe", STRIPE_KEY)
    outcome = make_link(database, code, provider("stripe", api))
    assert outcome.url == "https://buy.stripe.com/test_cN25nr0iZ7bUa7meUY"
    (_, sent), = api.received
    assert sent == {"line_items[0][price_data][currency]": "brl", "line_items[0][price_data][unit_amount]": "10980",
                    "line_items[0][price_data][product_data][name]": f"Cart {code}", "line_items[0][quantity]": "1",
                    "metadata[cart]": code}
    cart = find_cart(db, code)
    assert cart is not None and cart.link_state is LinkState.READY and cart.provider_link == outcome.url
    buy(db, cart.show_id, "ana", "quero A3", at=1010.0)  # the cart grows: the link is for the old total
    grown = find_cart(db, code)
    assert grown is not None and grown.provider_link is None
    assert payment_options(load_cart_settings(db), grown).provider_url is None


@pytest.mark.parametrize(("name", "key", "refuse", "reason"), [
    ("mercadopago", "APP_USR-wrong", None, "Mercado Pago answered 401: invalid access token"),
    ("mercadopago", MERCADO_PAGO_TOKEN, ("mercadopago_400.json", 400), "Mercado Pago answered 400: currency_id invalid"),
    ("stripe", "sk_test_wrong", None, "Stripe answered 401: Invalid API Key provided: sk_test_****wxyz"),
    ("stripe", STRIPE_KEY, ("stripe_400.json", 400),
     "Stripe answered 400: Missing required param: line_items[0][price_data][currency]."),
])
def test_a_refusal_leaves_the_cart_unpaid_and_whole_with_the_providers_reason(db, shop, api, name, key, refuse,
                                                                             reason):
    show, code, database = shop
    keep_secret(f"payment:{name}", key)
    api.refuse = refuse
    desk = CartDesk(db, show)
    outcome = make_link(database, code, provider(name, api))
    assert outcome == LinkOutcome(code, None, reason)
    cart = find_cart(db, code)
    assert cart is not None and cart.payment is PaymentState.UNPAID and cart.totals.grand == 10980
    assert (cart.link_state, cart.link_note, cart.provider_link) == (LinkState.FAILED, reason, None)
    failed, = desk.tick()
    assert failed.kind is CartEventKind.LINK_FAILED and failed.note == reason
    assert key not in reason


def test_a_provider_that_does_not_answer_in_time_is_a_reason_too(db, shop, api):
    _, code, database = shop
    keep_secret("payment:stripe", STRIPE_KEY)
    api.hang = 5.0
    outcome = make_link(database, code, provider("stripe", api), seconds=0.5)
    assert outcome == LinkOutcome(code, None, "stripe did not answer within 0.5 s")
    cart = find_cart(db, code)
    assert cart is not None and cart.payment is PaymentState.UNPAID and cart.link_state is LinkState.FAILED


def test_without_a_key_nothing_is_sent_and_the_cart_says_how_to_keep_one(db, shop, api):
    _, code, database = shop
    outcome = make_link(database, code, provider("mercadopago", api))
    assert outcome.reason == "no mercadopago key: keep one with `vitrina payment-key mercadopago`"
    assert api.received == []


def test_asking_runs_off_the_callers_thread(db, shop, api):
    _, code, database = shop
    keep_secret("payment:stripe", STRIPE_KEY)
    done, seen = threading.Event(), []

    def finished(outcome: LinkOutcome) -> None:
        seen.append((outcome, threading.current_thread().name))
        done.set()

    task = ask_for_link(database, code, provider("stripe", api), on_done=finished)
    assert done.wait(60) and task.join(60)
    (outcome, thread), = seen
    assert outcome.url is not None and thread == f"payment-link-{code}" != threading.current_thread().name
