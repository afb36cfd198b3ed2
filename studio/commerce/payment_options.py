"""How a cart's buyer can pay, from the shop's settings: a Pix copy-and-paste code (carts in
BRL), a PayPal.Me link, the shop's checkout link, and a provider's link once one is made."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from studio.commerce.cart_settings import CartSettings
from studio.commerce.carts import Cart
from studio.commerce.payment_links import LinkError, checkout_link, paypal_me_link
from studio.commerce.pix import PixError, PixPayee, br_code
from studio.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PaymentOptions:
    pix_code: str | None = None
    paypal_url: str | None = None
    checkout_url: str | None = None
    provider_url: str | None = None

    @property
    def links(self) -> tuple[str, ...]:
        return tuple(url for url in (self.provider_url, self.checkout_url, self.paypal_url) if url)


def pix_code(settings: CartSettings, cart: Cart) -> str:
    """The cart's Pix code; PixError says which setting is missing or why the cart cannot have one."""
    if cart.totals.currency != "BRL":
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "cart %1 is in %2; Pix takes BRL only"), cart.code, cart.totals.currency)
    if cart.totals.grand <= 0:
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "cart %1 has nothing to pay"), cart.code)
    return br_code(PixPayee(settings.pix_key, settings.pix_name, settings.pix_city), cart.totals.grand, cart.code)


def payment_options(settings: CartSettings, cart: Cart) -> PaymentOptions:
    total, currency = cart.totals.grand, cart.totals.currency
    if total <= 0:
        return PaymentOptions()
    pix = paypal = checkout = None
    if settings.pix_key and currency == "BRL":
        try:
            pix = pix_code(settings, cart)
        except PixError as error:
            log.warning("no Pix code for cart %s: %s", cart.code, error)
    try:
        if settings.paypal_me:
            paypal = paypal_me_link(settings.paypal_me, total, currency)
        if settings.checkout_url_template:
            items = [(item.sku, item.quantity) for item in cart.live_items]
            checkout = checkout_link(settings.checkout_url_template, cart.code, total, currency, items)
    except LinkError as error:
        log.warning("no payment link for cart %s: %s", cart.code, error)
    return PaymentOptions(pix, paypal, checkout, cart.provider_link)
