"""Chat connectors by spec: irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL,
youtube:LIVE_CHAT_ID (key or token from VITRINA_YOUTUBE_API_KEY / VITRINA_YOUTUBE_TOKEN or the
keyring's youtube-api-key / youtube-token), ingest[:PORT] (a local WebSocket; its token from
VITRINA_INGEST_TOKEN or the keyring's ingest),
rehearsal[:MESSAGES_PER_SECOND]. Each has `run(stop)` and hands every ChatMessage to `deliver`.
With a Twitch token, the login Twitch checks it against is VITRINA_TWITCH_LOGIN, else the
channel's name (a shop reading its own channel's chat)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from typing import Protocol

from media.health import Health
from studio.catalog import Product
from studio.chat.ingest import DEFAULT_PORT, IngestServer
from studio.chat.irc import ChatSpecError, Deliver, IrcConnector, parse_irc_spec
from studio.chat.rehearsal import Cues, Prompter, RehearsalAudience
from studio.chat.removal import OnRemoved
from studio.chat.youtube import API, YouTubeConnector
from studio.replies.notice import ReplyRoute
from studio.replies.results import SendResult
from studio.secrets import YOUTUBE_API_KEY, YOUTUBE_TOKEN, ingest_token
from studio.translatable import QT_TRANSLATE_NOOP

SPECS = ("irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] "
         "or rehearsal[:MESSAGES_PER_SECOND]")


class Connector(Protocol):
    @property
    def health(self) -> Health:
        """connecting, connected (logged in), joined (messages arrive), reconnecting (attempt,
        next retry) or failed (reason)."""

    @property
    def state(self) -> str:
        """What the show's status line says of it: the health's text."""

    async def run(self, stop: asyncio.Event) -> None: ...

    def replies_to(self, route: ReplyRoute) -> bool:
        """Whether a reply to that chat goes through this connector."""

    async def reply(self, route: ReplyRoute, text: str, names: tuple[str, ...]) -> SendResult:
        """One message into the chat, on the connector's loop."""


def check_chat_spec(spec: str, token_needed: bool = True) -> str:
    """The spec, or ChatSpecError saying what is wrong. `token_needed=False` checks its form only
    (a stored setting is checked before the token saved with it reaches the keyring)."""
    kind, _, value = spec.partition(":")
    if kind == "rehearsal":
        try:
            if value and not 0 < float(value) <= 1000:
                raise ValueError
        except ValueError:
            raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: the rehearsal rate is messages per second, from %2 to %3"), spec, 0.1, 1000) from None
        return spec
    if kind in ("irc", "ircs", "twitch"):
        parse_irc_spec(spec)
        return spec
    if kind == "ingest":
        if value and not (value.isdigit() and 0 < int(value) < 65536):
            raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: the ingest port is a number from %2 to %3"), spec, 1, 65535)
        if token_needed and not ingest_token():
            raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: the ingest socket needs a token: set VITRINA_INGEST_TOKEN "
                                                  "(or store one in the system keyring as vitrina/ingest)"), spec)
        return spec
    if kind == "youtube":
        if not value.strip():
            raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: give the live chat's id, e.g. youtube:Cg0KC2FiY2RlZmdoaWpr"), spec)
        return spec
    raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, "
                                          "youtube:LIVE_CHAT_ID, ingest[:PORT] or rehearsal[:MESSAGES_PER_SECOND]"), spec)


def make_connector(spec: str, deliver: Deliver, products: Sequence[Product], token: str | None,
                   on_removed: OnRemoved | None = None, prompter: Prompter = Cues) -> Connector:
    kind, _, value = check_chat_spec(spec).partition(":")
    if kind == "rehearsal":
        return RehearsalAudience(products, deliver, float(value or 2.0), prompter=prompter)
    if kind == "ingest":
        return IngestServer(deliver, ingest_token() or "", int(value or DEFAULT_PORT))
    if kind == "youtube":
        return YouTubeConnector(value.strip(), deliver, api_key=YOUTUBE_API_KEY.value(),
                                token=YOUTUBE_TOKEN.value(),
                                api=os.environ.get("VITRINA_YOUTUBE_API", API), on_removed=on_removed)
    target = parse_irc_spec(spec)
    if target.platform != "twitch" or not token:  # a Twitch token never goes to another server
        return IrcConnector(target, deliver, None, on_removed=on_removed)
    # Twitch checks the token against NICK: the account's login, by default the channel's own
    login = (os.environ.get("VITRINA_TWITCH_LOGIN") or target.channel.lstrip("#")).strip().lower()
    return IrcConnector(target, deliver, token, nick=login, on_removed=on_removed)
