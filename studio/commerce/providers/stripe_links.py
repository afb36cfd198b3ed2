"""Stripe Payment Links: POST /v1/payment_links, form-encoded, with the secret key as a bearer.
A link needs a price: one made inline (`price_data`, with the product named) for the cart's
total; the buyer gets the link's `url`."""

from __future__ import annotations

import aiohttp

from studio.commerce.providers.link_request import LinkRequest, ProviderError, answer

NAME = "stripe"
API = "https://api.stripe.com"


def form(request: LinkRequest) -> dict[str, str]:
    return {
        "line_items[0][price_data][currency]": request.currency.lower(),
        "line_items[0][price_data][unit_amount]": str(request.total_minor),
        "line_items[0][price_data][product_data][name]": request.title,
        "line_items[0][quantity]": "1",
        "metadata[cart]": request.cart,
    }


async def create_link(session: aiohttp.ClientSession, key: str, request: LinkRequest, api: str = API) -> str:
    async with session.post(f"{api}/v1/payment_links", data=form(request),
                            headers={"Authorization": f"Bearer {key}"}) as response:
        found = await answer(response, "Stripe")
    link = found.get("url")
    if not isinstance(link, str) or not link.startswith("https://"):
        raise ProviderError("Stripe answered without a payment link url")
    return link
