"""Chat connectors by spec: irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL,
rehearsal[:MESSAGES_PER_SECOND]. Each has `run(stop)` and hands every ChatMessage to `deliver`."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from studio.catalog import Product
from studio.chat.irc import ChatSpecError, Deliver, IrcConnector, parse_irc_spec
from studio.chat.rehearsal import RehearsalAudience

SPECS = "irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL or rehearsal[:MESSAGES_PER_SECOND]"


class Connector(Protocol):
    async def run(self, stop: asyncio.Event) -> None: ...


def check_chat_spec(spec: str) -> str:
    kind, _, value = spec.partition(":")
    if kind == "rehearsal":
        try:
            if value and not 0 < float(value) <= 1000:
                raise ValueError
        except ValueError:
            raise ChatSpecError(f"--chat {spec}: the rehearsal rate is messages per second, from 0.1 to 1000") from None
        return spec
    if kind in ("irc", "ircs", "twitch"):
        parse_irc_spec(spec)
        return spec
    raise ChatSpecError(f"--chat {spec}: use {SPECS}")


def make_connector(spec: str, deliver: Deliver, products: Sequence[Product], token: str | None) -> Connector:
    kind, _, value = check_chat_spec(spec).partition(":")
    if kind == "rehearsal":
        return RehearsalAudience(products, deliver, float(value or 2.0))
    target = parse_irc_spec(spec)
    return IrcConnector(target, deliver, token if target.platform == "twitch" else None)
