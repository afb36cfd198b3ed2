"""Chat from Twitch (irc.chat.twitch.tv:6697, TLS) or any IRC server: irc://host:port/#channel
or ircs://... Anonymous read (a justinfan nick) or an OAuth token; IRCv3 tags and commands
requested; PING answered; RECONNECT and dropped connections met with a new connection after
2 s, then 1.5 times longer each time up to 60 s. A refused token stops it (retrying would
only be refused again); a moderator's CLEARMSG and CLEARCHAT are handed on as removals."""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from media.outputs.rtmp import retry_delay
from studio.chat.irc_lines import IrcLine, parse_line
from studio.chat.message import ChatMessage
from studio.chat.pause import pause
from studio.chat.removal import OnRemoved, Removal
from studio.plain_text import clean_line

log = logging.getLogger(__name__)

Deliver = Callable[[ChatMessage], Awaitable[None] | None]
TWITCH = ("irc.chat.twitch.tv", 6697, True)
BADGES = ("moderator", "subscriber", "broadcaster", "vip")


class ChatSpecError(ValueError):
    pass


class ChatRefused(Exception):
    """The server refused the login: trying again would be refused again."""


AUTH_FAILURES = ("Login authentication failed", "Improperly formatted auth", "Login unsuccessful")


@dataclass(frozen=True)
class IrcTarget:
    host: str
    port: int
    tls: bool
    channel: str
    platform: str


def parse_irc_spec(spec: str) -> IrcTarget:
    """irc://host:port/#channel, ircs://host:port/#channel or twitch:channel."""
    if spec.startswith("twitch:"):
        channel = spec[7:].strip().lstrip("#").lower()
        if not channel:
            raise ChatSpecError(f"--chat {spec}: name the Twitch channel, e.g. twitch:myshop")
        return IrcTarget(*TWITCH, f"#{channel}", "twitch")
    parts = urlsplit(spec.replace("#", "%23", 1))
    channel = parts.path.lstrip("/").replace("%23", "#")
    if parts.scheme not in ("irc", "ircs") or not parts.hostname or not channel.startswith("#"):
        raise ChatSpecError(f"--chat {spec}: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL")
    tls = parts.scheme == "ircs"
    return IrcTarget(parts.hostname, parts.port or (6697 if tls else 6667), tls, channel.lower(), "irc")


class IrcConnector:
    def __init__(self, target: IrcTarget, deliver: Deliver, token: str | None = None, nick: str | None = None,
                 tls_context: ssl.SSLContext | None = None, on_removed: OnRemoved | None = None) -> None:
        self.target, self._deliver, self._token = target, deliver, token
        self._nick = nick or f"justinfan{random.randint(10000, 99999)}"
        self._tls = tls_context or (ssl.create_default_context() if target.tls else None)
        self._on_removed = on_removed
        self.connections = 0
        self.state = "connecting"

    async def run(self, stop: asyncio.Event) -> None:
        attempt = 0
        while not stop.is_set():
            try:
                await self._session(stop)
                attempt = 0
            except ChatRefused as refused:
                self.state = f"failed: {refused}"
                log.warning("chat %s: %s", self.target.channel, refused)
                await stop.wait()
                return
            except ssl.SSLError as error:
                log.warning("chat %s: TLS failed: %s", self.target.channel, error.reason or error)
                self.state = f"TLS failed ({error.reason or type(error).__name__})"
            except (OSError, asyncio.IncompleteReadError, ConnectionError) as error:
                log.warning("chat %s: %s", self.target.channel, type(error).__name__)
            if stop.is_set():
                return
            attempt += 1
            delay = retry_delay(attempt)
            reason = f"{self.state}; " if self.state.startswith("TLS failed") else ""
            self.state = f"{reason}reconnecting (attempt {attempt}, next in {delay:.0f} s)"
            await pause(stop, delay)

    async def _session(self, stop: asyncio.Event) -> None:
        reader, writer = await asyncio.open_connection(self.target.host, self.target.port, ssl=self._tls)
        try:
            await self._register(writer)
            self.connections += 1
            self.state = "connected"
            while not stop.is_set():
                read = asyncio.ensure_future(reader.readline())
                stopped = asyncio.ensure_future(stop.wait())
                done, _ = await asyncio.wait({read, stopped}, return_when=asyncio.FIRST_COMPLETED)
                stopped.cancel()
                if read not in done:
                    read.cancel()
                    return
                raw = read.result()
                if not raw:
                    raise ConnectionError("the server closed the connection")
                if await self._handle(parse_line(raw.decode("utf-8", errors="replace")), writer):
                    return  # RECONNECT: the server asks for a new connection
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except (OSError, ConnectionError):
                pass

    async def _register(self, writer: asyncio.StreamWriter) -> None:
        lines = ["CAP REQ :twitch.tv/tags twitch.tv/commands"]
        if self._token:
            lines.append(f"PASS oauth:{self._token.removeprefix('oauth:')}")
        lines += [f"NICK {self._nick}", f"JOIN {self.target.channel}"]
        writer.write("".join(f"{line}\r\n" for line in lines).encode())
        await writer.drain()

    async def _handle(self, line: IrcLine, writer: asyncio.StreamWriter) -> bool:
        if line.command == "PING":
            writer.write(f"PONG :{line.params[-1] if line.params else ''}\r\n".encode())
            await writer.drain()
        elif line.command == "RECONNECT":
            return True
        elif line.command == "NOTICE" and any(failure in (line.params[-1] if line.params else "")
                                              for failure in AUTH_FAILURES):
            what = "Twitch" if self.target.platform == "twitch" else self.target.host
            raise ChatRefused(f"{what} refused the chat token: {clean_line(line.params[-1])[:200]}")
        elif line.command in ("CLEARMSG", "CLEARCHAT") and self._on_removed is not None and line.params:
            removal = self._removal(line)
            if removal is not None:
                self._on_removed(removal)
        elif line.command == "PRIVMSG" and len(line.params) >= 2:
            result = self._deliver(self._message(line))
            if asyncio.iscoroutine(result):
                await result
        return False

    def _removal(self, line: IrcLine) -> Removal | None:
        channel = line.params[0]
        if line.command == "CLEARMSG":  # without the message's id there is nothing to remove
            message_id = line.tags.get("target-msg-id")
            return Removal(self.target.platform, channel, message_id=message_id) if message_id else None
        if len(line.params) >= 2:  # one user's messages: a timeout or a ban
            return Removal(self.target.platform, channel, user_id=line.tags.get("target-user-id") or line.params[1])
        return Removal(self.target.platform, channel)

    def _message(self, line: IrcLine) -> ChatMessage:
        tags = line.tags
        badge_names = {badge.split("/")[0] for badge in tags.get("badges", "").split(",") if badge}
        if tags.get("mod") == "1":
            badge_names.add("moderator")
        sent = int(tags["tmi-sent-ts"]) / 1000 if tags.get("tmi-sent-ts", "").isdigit() else time.time()
        return ChatMessage(
            platform=self.target.platform,
            channel=line.params[0],
            author_id=tags.get("user-id") or line.nick,
            author_name=clean_line(tags.get("display-name") or line.nick)[:100],
            text=clean_line(line.params[1]),
            time=sent,
            badges=frozenset(badge for badge in badge_names if badge in BADGES),
            message_id=tags.get("id", ""),
        )
