"""What a provider is asked for, and how it answers: one link for the cart's grand total (the
discount and the shipping are already in it), or a ProviderError with the provider's own reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiohttp

TIMEOUT_SECONDS = 15.0


class ProviderError(RuntimeError):
    """The provider refused (its message), was not reached, or did not answer in time."""


@dataclass(frozen=True)
class LinkRequest:
    cart: str  # the cart's id: the provider's reference, so a payment names its cart
    title: str  # "Cart 7KX4P" as the buyer sees it at checkout
    total_minor: int
    currency: str


def timeout(seconds: float = TIMEOUT_SECONDS) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=seconds)


async def answer(response: aiohttp.ClientResponse, provider: str) -> dict[str, Any]:
    """The JSON body of a 2xx answer; otherwise a ProviderError naming the status and the provider's message."""
    try:
        body = await response.json(content_type=None)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    if response.status >= 400:
        raise ProviderError(f"{provider} answered {response.status}: {error_message(body) or response.reason}")
    return body


def error_message(body: dict[str, Any]) -> str:
    """Stripe nests it ({"error": {"message"}}); Mercado Pago does not ({"message", "error"})."""
    nested = body.get("error")
    if isinstance(nested, dict) and isinstance(nested.get("message"), str):
        return str(nested["message"])
    message = body.get("message")
    return str(message) if isinstance(message, str) else ""
