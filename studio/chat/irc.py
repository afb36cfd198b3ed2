"""Chat from Twitch (irc.chat.twitch.tv:6697, TLS) or any IRC server: irc://host:port/#channel
or ircs://... (the system's trust store, or a `tls_context` of the caller's). Anonymous read (a
justinfan nick) or an OAuth token; IRCv3 tags and commands requested; PING answered; RECONNECT,
dropped connections and failed TLS handshakes met with a new connection after 2 s, then 1.5
times longer each time up to 60 s, the state naming why. A refused token stops it (retrying
would only be refused again); a moderator's CLEARMSG and CLEARCHAT are handed on as removals.
Only the server's own lines count for those two: a viewer's NOTICE on a plain IRC server can
neither stop the connector nor remove anything."""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from media.backoff import retry_delay
from studio.chat.irc_lines import IrcLine, parse_line
from studio.chat.message import ChatMessage
from studio.chat.pause import pause
from studio.chat.removal import OnRemoved, Removal
from studio.plain_text import clean_line

log = logging.getLogger(__name__)

Deliver = Callable[[ChatMessage], Awaitable[None] | None]
TWITCH = ("irc.chat.twitch.tv", 6697, True)
BADGES = ("moderator", "subscriber", "broadcaster", "vip")
LINE_LIMIT = 2**16  # asyncio's default for a stream reader
AUTH_FAILURES = ("Login authentication failed", "Improperly formatted auth", "Login unsuccessful")


class ChatSpecError(ValueError):
    pass


class ChatRefused(Exception):
    """The server refused the login: trying again would be refused again."""


class ConnectionClosed(ConnectionError):
    """The server closed the connection (Twitch does after a refused login, and when restarting)."""


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


def describe_failure(error: BaseException) -> str:
    """Why a connection failed, in words for the status line; never the error's own text,
    which could quote what was sent."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"TLS failed: certificate verify failed ({error.verify_message or error.reason})"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed ({error.reason or type(error).__name__})"
    if isinstance(error, ConnectionClosed):
        return "the server closed the connection"
    return type(error).__name__


def from_server(line: IrcLine) -> bool:
    """A line the server itself sent, not one it relays from a user (nick!user@host)."""
    return "!" not in line.prefix and "@" not in line.prefix


def removal_from(line: IrcLine, platform: str) -> Removal | None:
    """A moderator's CLEARMSG or CLEARCHAT as a removal; None for any other line."""
    if line.command not in ("CLEARMSG", "CLEARCHAT") or not line.params or not from_server(line):
        return None
    channel = line.params[0]
    if line.command == "CLEARMSG":  # without the message's id there is nothing to remove
        message_id = line.tags.get("target-msg-id")
        return Removal(platform, channel, message_id=message_id) if message_id else None
    if len(line.params) >= 2:  # one user's messages: a timeout or a ban
        return Removal(platform, channel, user_id=line.tags.get("target-user-id") or line.params[1])
    return Removal(platform, channel)


class IrcConnector:
    def __init__(self, target: IrcTarget, deliver: Deliver, token: str | None = None, nick: str | None = None,
                 tls_context: ssl.SSLContext | None = None, on_removed: OnRemoved | None = None) -> None:
        self.target, self._deliver, self._token = target, deliver, token
        self._nick = nick or f"justinfan{random.randint(10000, 99999)}"
        # The spec decides the transport: a context given for irc:// is not used.
        self._tls = (tls_context or ssl.create_default_context()) if target.tls else None
        self._on_removed = on_removed
        self.connections = 0
        self.state = "connecting"

    async def run(self, stop: asyncio.Event) -> None:
        attempt = 0
        while not stop.is_set():
            try:
                reason = await self._session(stop)
                attempt = 0
            except ChatRefused as refused:
                await self._refused(refused, stop)
                return
            except (OSError, asyncio.IncompleteReadError) as error:  # ssl.SSLError is an OSError
                reason = describe_failure(error)
                log.warning("chat %s: %s", self.target.channel, reason)
            if stop.is_set():
                return
            attempt += 1
            delay = retry_delay(attempt)
            self.state = f"{reason}; reconnecting (attempt {attempt}, next in {delay:.0f} s)"
            await pause(stop, delay)

    async def _refused(self, refused: ChatRefused, stop: asyncio.Event) -> None:
        """Said once; then nothing more until the show stops."""
        self.state = f"failed: {refused}"
        log.warning("chat %s: %s", self.target.channel, refused)
        await stop.wait()

    async def _session(self, stop: asyncio.Event) -> str:
        """One connection until the show stops or the server asks for a new one (why, in words)."""
        reader, writer = await asyncio.open_connection(self.target.host, self.target.port, ssl=self._tls)
        try:
            await self._register(writer)
            self.connections += 1
            self.state = "connected"
            while (raw := await self._next_line(reader, stop)) is not None:
                if await self._handle(parse_line(raw.decode("utf-8", errors="replace")), writer):
                    return "the server asked for a new connection"
            return "stopped"
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except (OSError, ConnectionError):
                pass

    @staticmethod
    async def _next_line(reader: asyncio.StreamReader, stop: asyncio.Event) -> bytes | None:
        """The next line, or None once the show stops. A line longer than the reader's limit
        (64 KiB; IRC's are 512 bytes, Twitch's with tags about 8 KiB) is skipped, not fatal."""
        while True:
            read = asyncio.ensure_future(reader.readline())
            stopped = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({read, stopped}, return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            if read not in done:
                read.cancel()
                return None
            try:
                raw = read.result()
            except ValueError:  # over the limit: the reader has dropped what it held of it
                log.warning("chat: skipped a line longer than %d bytes", LINE_LIMIT)
                continue
            if not raw:
                raise ConnectionClosed("the server closed the connection")
            return raw

    async def _register(self, writer: asyncio.StreamWriter) -> None:
        lines = ["CAP REQ :twitch.tv/tags twitch.tv/commands"]
        if self._token:
            lines.append(f"PASS oauth:{self._token.removeprefix('oauth:')}")
        lines += [f"NICK {self._nick}", f"JOIN {self.target.channel}"]
        writer.write("".join(f"{line}\r\n" for line in lines).encode())
        await writer.drain()

    async def _handle(self, line: IrcLine, writer: asyncio.StreamWriter) -> bool:
        """Acts on one line; True when the server asks for a new connection."""
        if line.command == "PING":
            writer.write(f"PONG :{line.params[-1] if line.params else ''}\r\n".encode())
            await writer.drain()
        elif line.command == "RECONNECT":
            return True
        elif line.command == "NOTICE":
            self._check_login(line)
        elif line.command in ("CLEARMSG", "CLEARCHAT"):
            self._hand_on(removal_from(line, self.target.platform))
        elif line.command == "PRIVMSG" and len(line.params) >= 2:
            result = self._deliver(self._message(line))
            if asyncio.iscoroutine(result):
                await result
        return False

    def _check_login(self, notice: IrcLine) -> None:
        """Raises ChatRefused for the server's own notice that the login failed:
        :tmi.twitch.tv NOTICE * :Login authentication failed"""
        if not from_server(notice) or len(notice.params) < 2 or notice.params[0] not in ("*", self._nick):
            return
        text = notice.params[-1]
        if any(failure in text for failure in AUTH_FAILURES):
            what = "Twitch" if self.target.platform == "twitch" else self.target.host
            raise ChatRefused(f"{what} refused the chat token: {clean_line(text)[:200]}")

    def _hand_on(self, removal: Removal | None) -> None:
        """A removal to the callback; a callback that fails does not stop the chat."""
        if removal is None or self._on_removed is None:
            return
        try:
            self._on_removed(removal)
        except Exception:
            log.exception("chat %s: a moderator's removal could not be applied", self.target.channel)

    def _message(self, line: IrcLine) -> ChatMessage:
        tags = line.tags
        badge_names = {badge.split("/")[0] for badge in tags.get("badges", "").split(",") if badge}
        if tags.get("mod") == "1":
            badge_names.add("moderator")
        sent = _sent_at(tags.get("tmi-sent-ts", ""))
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


def _sent_at(stamp: str) -> float:
    """Twitch's tmi-sent-ts (milliseconds since the epoch), or now when it is not one."""
    if stamp.isascii() and stamp.isdigit() and len(stamp) <= 16:
        return int(stamp) / 1000
    return time.time()
