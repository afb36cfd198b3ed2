"""A chat feed for long benchmarks: a small IRC server on loopback, on an asyncio loop of its
own thread, that lets any client in and sends every client that joined a steady stream of
Twitch-style chat.

Registration is lenient, for a client that registers the IRCv3 way and for one that does not:
CAP LS is answered with what Twitch offers (tags and commands), CAP REQ is acknowledged whatever
it asks (and asking for tags gets Twitch's tags on every line; without them, plain IRC lines),
CAP END ends negotiation, PASS is accepted and forgotten, NICK (with or without USER) gets 001
once negotiation is over, JOIN is echoed, PING is answered and the server pings each client once
a minute. Any other command gets 421.

The chat is a live-selling crowd: buy comments for the catalog's products (the pinned one
most), in the languages the studio reads, some with a variant or a quantity, some without a
keyword at all; questions; greetings and chatter; and a few awkward lines (long ones, other
scripts, emoji, zero-width characters), from a few hundred viewers.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from studio.chat.irc_lines import parse_line
from studio.chat.rehearsal import BUYS, GREETINGS, NAMES, QUESTIONS

log = logging.getLogger(__name__)

SERVER = "soak.local"
OFFERED_CAPS = ("twitch.tv/tags", "twitch.tv/commands")
PING_SECONDS = 60.0
TICK_SECONDS = 0.05
VIEWERS_PER_NAME = 25  # 20 names x 25 = 500 viewers
# On top of the rehearsal crowd's lines: what a real chat also sends.
BARE_BUYS = ("{code} 2", "{code}", "{code} pls", "+1 {code}", "me lo llevo {code}", "eu quero {code}{variant}")
VAGUE_QUESTIONS = ("does it come in blue?", "is there a discount?", "how long is shipping to Porto?",
                   "can you show the back?", "¿hay en talla L?", "tem em preto?", "это есть в белом?")
CHATTER = ("lol", "👏👏", "wait what", "my mom has that one", "can't hear you", "back!", "brb", "sound is good now",
           "ok", "❤️", "ahaha", "buenas noches desde México", "salut de Lyon", "ждём новинки")
AWKWARD = ("هل يوجد باللون الأزرق؟", "这个有蓝色吗？", "ใส่สบายไหมคะ", "שלום מתל אביב", "Z\u0351\u0352\u0353algo",
           "zero\u200bwidth\u200djoin", "👩‍👩‍👧‍👦🏳️‍🌈🇵🇹", "<b>bold?</b> &amp; {code}", "SOLD " + "A" * 40,
           "so many words " * 30)


@dataclass(frozen=True)
class Listing:
    """What the feed needs of a product: its code and its variants' option values ("M Sand")."""

    code: str
    variants: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, product: dict[str, Any]) -> Listing:
        variants = tuple(" ".join(str(value) for value in variant["options"].values())
                         for variant in product.get("variants", []) if variant.get("options"))
        return cls(str(product["code"]), variants)


@dataclass(frozen=True)
class Viewer:
    nick: str  # ASCII, as IRC wants it
    display_name: str
    user_id: int


@dataclass(frozen=True)
class Chat:
    viewer: Viewer
    text: str


class ChatMix:
    """The crowd: about a quarter buy comments (half of those for the pinned product), a sixth
    questions, the rest chatter, and one line in twenty awkward."""

    def __init__(self, listings: Sequence[Listing], pinned: str, seed: int = 7) -> None:
        self._listings = list(listings)
        self._pinned = next((listing for listing in listings if listing.code == pinned), self._listings[0])
        self._random = random.Random(seed)
        self._viewers = [_viewer(name, index) for index in range(VIEWERS_PER_NAME) for name in NAMES]

    def next(self) -> Chat:
        roll = self._random.random()
        product = self._pinned if self._random.random() < 0.5 else self._random.choice(self._listings)
        variant = f" {self._random.choice(product.variants)}" if product.variants and self._random.random() < 0.6 else ""
        if roll < 0.20:
            text = self._random.choice(BUYS).format(code=product.code, variant=variant)
        elif roll < 0.25:
            text = self._random.choice(BARE_BUYS).format(code=product.code, variant=variant)
        elif roll < 0.33:
            text = self._random.choice(QUESTIONS).format(code=product.code)
        elif roll < 0.42:
            text = self._random.choice(VAGUE_QUESTIONS)
        elif roll < 0.95:
            text = self._random.choice(GREETINGS + CHATTER)
        else:
            text = self._random.choice(AWKWARD).format(code=product.code)
        return Chat(self._random.choice(self._viewers), text)


def _viewer(name: str, index: int) -> Viewer:
    display = name if index == 0 else f"{name}{index}"
    ascii_name = unicodedata.normalize("NFKD", display).encode("ascii", "ignore").decode()
    nick = "".join(char if char.isalnum() else "_" for char in ascii_name.lower())
    return Viewer(nick, display, 1000 + NAMES.index(name) * VIEWERS_PER_NAME + index)


def escape_tag(value: str) -> str:
    """An IRCv3 tag value: the reverse of studio.chat.irc_lines.unescape_tag."""
    return (value.replace("\\", "\\\\").replace(";", "\\:").replace(" ", "\\s")
            .replace("\r", "\\r").replace("\n", "\\n"))


def privmsg(chat: Chat, channel: str, tags: bool) -> str:
    """The line Twitch would send for this chat, tags and all, or a plain IRC line without them."""
    who = chat.viewer
    line = f":{who.nick}!{who.nick}@{who.nick}.tmi.twitch.tv PRIVMSG {channel} :{chat.text}"
    if not tags:
        return line
    badges = "subscriber/12" if who.user_id % 9 == 0 else ""
    values = {"badge-info": "", "badges": badges, "color": "", "display-name": who.display_name, "emotes": "",
              "id": str(uuid.uuid4()), "mod": "0", "room-id": "4242", "subscriber": "1" if badges else "0",
              "tmi-sent-ts": str(int(time.time() * 1000)), "turbo": "0", "user-id": str(who.user_id), "user-type": ""}
    return "@" + ";".join(f"{key}={escape_tag(value)}" for key, value in values.items()) + " " + line


@dataclass
class _Client:
    writer: asyncio.StreamWriter
    nick: str = ""
    negotiating: bool = False
    tags: bool = False
    welcomed: bool = False
    joined: set[str] = field(default_factory=set)

    def send(self, *lines: str) -> None:
        self.writer.write("".join(f"{line}\r\n" for line in lines).encode())


class IrcFeed:
    def __init__(self, mix: ChatMix, rate: float, channel: str = "#soak") -> None:
        self._mix, self._rate, self.channel = mix, rate, channel
        self._clients: list[_Client] = []
        self._handlers: set[asyncio.Task[None]] = set()
        self.sent = 0  # chat lines that reached at least one joined client
        self.joins = 0
        self._holding = False
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="irc-feed", daemon=True)

    @property
    def url(self) -> str:
        return f"irc://127.0.0.1:{self.port}/{self.channel}"

    def start(self) -> IrcFeed:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the IRC feed did not start listening within 10 s")
        return self

    def hold(self) -> None:
        """Sends no more chat (the connections stay): what was sent is then all there is to store."""
        self._holding = True

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._tasks = [self._loop.create_task(self._feed()), self._loop.create_task(self._ping())]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        client = _Client(writer)
        self._clients.append(client)
        handler = asyncio.current_task()
        if handler is not None:
            self._handlers.add(handler)
        try:
            while raw := await reader.readline():
                if self._answer(client, raw.decode("utf-8", errors="replace")):
                    break
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._clients.remove(client)
            self._handlers.discard(handler)
            writer.close()

    def _answer(self, client: _Client, raw: str) -> bool:
        """Acts on one line from a client; True when it quits."""
        line = parse_line(raw)
        command, params = line.command.upper(), line.params
        sub = params[0].upper() if params else ""
        if command == "CAP" and sub == "LS":
            client.negotiating = True
            client.send(f":{SERVER} CAP * LS :{' '.join(OFFERED_CAPS)}")
        elif command == "CAP" and sub == "REQ":
            asked = params[-1] if len(params) > 1 else ""
            client.tags = client.tags or "tags" in asked  # twitch.tv/tags or message-tags
            client.send(f":{SERVER} CAP * ACK :{asked}")
        elif command == "CAP" and sub == "END":
            client.negotiating = False
        elif command in ("CAP", "PASS", "PONG"):
            pass  # a PASS is never kept: it may be a real token
        elif command in ("NICK", "USER"):
            client.nick = params[0] if command == "NICK" and params else client.nick
        elif command == "JOIN" and params:
            for channel in params[0].split(","):
                client.joined.add(channel.lower())
                client.send(f":{client.nick}!{client.nick}@{SERVER} JOIN {channel}")
                self.joins += 1
        elif command == "PING":
            client.send(f":{SERVER} PONG {SERVER} :{params[-1] if params else ''}")
        elif command == "QUIT":
            return True
        elif command:
            client.send(f":{SERVER} 421 {client.nick or '*'} {command} :Unknown command")
        if client.nick and not client.negotiating and not client.welcomed:
            client.welcomed = True
            client.send(f":{SERVER} 001 {client.nick} :Welcome to the soak, {client.nick}")
        return False

    async def _feed(self) -> None:
        """`rate` lines a second to every joined client; the schedule starts again while nobody listens."""
        started, due_sent = time.monotonic(), 0
        while True:
            await asyncio.sleep(TICK_SECONDS)
            listeners = [client for client in self._clients if self.channel in client.joined]
            if not listeners or self._holding:
                started, due_sent = time.monotonic(), 0
                continue
            due = int((time.monotonic() - started) * self._rate) - due_sent
            for _ in range(due):
                chat = self._mix.next()
                for client in listeners:
                    client.send(privmsg(chat, self.channel, client.tags))
                self.sent += 1
            due_sent += due
            await asyncio.gather(*(self._drain(client) for client in listeners))

    async def _ping(self) -> None:
        while True:
            await asyncio.sleep(PING_SECONDS)
            for client in list(self._clients):
                if client.welcomed:
                    client.send(f"PING :{SERVER}")

    @staticmethod
    async def _drain(client: _Client) -> None:
        try:
            await client.writer.drain()
        except ConnectionError:
            pass  # its reader sees the end and forgets it

    async def _shutdown(self) -> None:
        self._server.close()
        tasks = [*self._tasks, *self._handlers]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._server.wait_closed()
