"""Mercado Pago Checkout Pro: POST /checkout/preferences with the access token as a bearer;
the buyer is sent to the preference's `init_point`."""

from __future__ import annotations

import aiohttp

from studio.commerce.payment_links import amount_text
from studio.commerce.providers.link_request import LinkRequest, ProviderError, answer

NAME = "mercadopago"
API = "https://api.mercadopago.com"


async def create_link(session: aiohttp.ClientSession, token: str, request: LinkRequest, api: str = API) -> str:
    body = {
        "items": [{"id": request.cart, "title": request.title, "quantity": 1, "currency_id": request.currency,
                   "unit_price": float(amount_text(request.total_minor, request.currency))}],
        "external_reference": request.cart,
    }
    async with session.post(f"{api}/checkout/preferences", json=body,
                            headers={"Authorization": f"Bearer {token}"}) as response:
        found = await answer(response, "Mercado Pago")
    link = found.get("init_point")
    if not isinstance(link, str) or not link.startswith("https://"):
        raise ProviderError("Mercado Pago answered without an init_point link")
    return link
