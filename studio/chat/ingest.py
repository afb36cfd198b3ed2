"""A local ingest socket for any other chat (a browser extension, a bridge bot, a shop's
webhook relay): a WebSocket on 127.0.0.1 with a token, JSON messages, each acknowledged.

    ws://127.0.0.1:PORT/chat   (Authorization: Bearer TOKEN, or ?token=TOKEN)
    -> {"platform": "tiktok", "author_id": "42", "author_name": "Ana", "text": "sold A1",
        "channel": "shop", "time": 1700000000.0, "badges": ["moderator"], "id": "m1"}
    <- {"ok": true, "id": "m1"}   or   {"ok": false, "error": "'text' is missing"}

A bad message gets an error reply; the connection stays open. The studio's replies in chat
(studio/replies/) go back to the bridge that brought the buyer's message, for it to post:

    <- {"reply": "@Ana reserved A1 · total R$ 10,00", "platform": "tiktok", "channel": "shop",
        "to": ["Ana"]}"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time

from aiohttp import WSMsgType, web

from media.health import Health, PartState
from studio.chat.irc import Deliver
from studio.chat.message import ChatMessage
from studio.plain_text import clean_line
from studio.replies.notice import ReplyRoute
from studio.replies.results import Retry, SendResult, Sent

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
MAX_MESSAGE_BYTES = 64 * 1024
KNOWN_BADGES = {"moderator", "subscriber", "broadcaster", "vip"}
LATEST_TIME = 2**33  # seconds since 1970: the year 2242; NaN, infinities and bigger are not times
GONE_RETRY = 5.0  # seconds before a reply whose bridge has gone is tried again (it may come back)


class IngestError(ValueError):
    pass


def parse_ingest(raw: str) -> ChatMessage:
    try:
        fields = json.loads(raw)
    except json.JSONDecodeError as error:
        raise IngestError(f"not JSON: {error.msg} at character {error.pos}") from None
    except RecursionError:
        raise IngestError("not JSON this studio reads: nested too deep") from None
    if not isinstance(fields, dict):
        raise IngestError("a message is a JSON object")
    for name in ("platform", "author_id", "author_name", "text"):
        if not isinstance(fields.get(name), str) or not clean_line(fields[name]):
            raise IngestError(f"'{name}' is missing or not text")
    sent = fields.get("time", time.time())
    if not isinstance(sent, (int, float)) or isinstance(sent, bool) or not 0 <= sent < LATEST_TIME:
        raise IngestError("'time' is seconds since 1970, a number")
    badges = fields.get("badges", [])
    if not isinstance(badges, list) or not all(isinstance(badge, str) for badge in badges):
        raise IngestError("'badges' is a list of words")
    return ChatMessage(clean_line(fields["platform"])[:30].lower(), clean_line(str(fields.get("channel", "")))[:100],
                       clean_line(fields["author_id"])[:200], clean_line(fields["author_name"])[:100],
                       clean_line(fields["text"])[:2000], float(sent), frozenset(set(badges) & KNOWN_BADGES),
                       clean_line(str(fields.get("id", "")))[:200])


class IngestServer:
    platform = "ingest"

    def __init__(self, deliver: Deliver, token: str, port: int = DEFAULT_PORT) -> None:
        if not token:
            raise IngestError("the ingest socket needs a token: set VITRINA_INGEST_TOKEN")
        self._deliver, self._token, self.port = deliver, token, port
        self.accepted = 0
        self.health = Health(PartState.CONNECTING)
        self._bridges: dict[ReplyRoute, web.WebSocketResponse] = {}  # the socket each chat last came through

    @property
    def state(self) -> str:
        return self.health.text()

    async def run(self, stop: asyncio.Event) -> None:
        app = web.Application()
        app.router.add_get("/chat", self._socket)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", self.port)
        try:
            await site.start()
        except OSError as error:
            await runner.cleanup()
            failure = IngestError(f"the ingest socket cannot listen on 127.0.0.1:{self.port}: {error.strerror}")
            self.health = Health(PartState.FAILED, str(failure))
            raise failure from error
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.health = Health(PartState.JOINED)  # listening: messages may arrive
        log.info("chat ingest on ws://127.0.0.1:%d/chat", self.port)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    def replies_to(self, route: ReplyRoute) -> bool:
        return route in self._bridges

    async def reply(self, route: ReplyRoute, text: str, names: tuple[str, ...]) -> SendResult:
        """The reply to the bridge that brought the chat's last message."""
        socket = self._bridges.get(route)
        if socket is None or socket.closed:
            return Retry(f"the bridge for {route} has gone", GONE_RETRY)
        try:
            await socket.send_json({"reply": text, "platform": route.platform, "channel": route.channel,
                                    "to": list(names)})
        except (ConnectionError, RuntimeError) as error:  # closed between the check and the send
            return Retry(f"the bridge for {route} has gone ({type(error).__name__})", GONE_RETRY)
        return Sent()

    def _authorised(self, request: web.Request) -> bool:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ") or request.query.get("token", "")
        return hmac.compare_digest(given.encode(), self._token.encode())

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request):
            return web.Response(status=401, text="a valid token is needed")
        socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES)
        await socket.prepare(request)
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                await socket.send_json({"ok": False, "error": "send JSON text"})
                continue
            try:
                message = parse_ingest(frame.data)
            except IngestError as error:
                await socket.send_json({"ok": False, "error": str(error)})
                continue
            self._bridges[ReplyRoute(message.platform, message.channel)] = socket
            result = self._deliver(message)
            if asyncio.iscoroutine(result):
                await result
            self.accepted += 1
            await socket.send_json({"ok": True, "id": message.message_id})
        return socket
