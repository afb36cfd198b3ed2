"""Chat from Twitch (irc.chat.twitch.tv:6697, TLS) or any IRC server: irc://host:port/#channel
or ircs://... (the system's trust store, or a `tls_context` of the caller's). The login is the
standard one (studio/chat/irc_registration.py): CAP LS 302, the IRCv3 tags and commands
requested where offered, PASS (an OAuth token) when there is one, NICK, USER; a nick in use is
tried with a suffix. The health says CONNECTED only once the server has welcomed us (001) and
JOINED only once it has echoed our JOIN; a channel that will not have us (banned, invite only,
full, a wrong key) is named and asked again on the schedule. PING is answered; RECONNECT, an
ERROR from the server, dropped connections and failed TLS handshakes are met with a new
connection after 2 s, then 1.5 times longer each time up to 60 s, the health naming why. A
refused token or nick stops it (retrying would only be refused again); a moderator's CLEARMSG
and CLEARCHAT are handed on as removals. Only the server's own lines count for those: a
viewer's NOTICE on a plain IRC server can neither stop the connector nor remove anything."""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from media.backoff import retry_delay
from media.health import Health, PartState, retrying
from studio.chat.irc_lines import IrcLine, from_server, parse_line, same_name
from studio.chat.irc_registration import ChatRefused, LinkLost, Registration
from studio.chat.message import ChatMessage
from studio.chat.pause import pause
from studio.chat.removal import OnRemoved, Removal
from studio.plain_text import clean_line
from studio.replies.notice import ReplyRoute
from studio.replies.results import Refused, Retry, SendResult, Sent
from studio.translatable import QT_TRANSLATE_NOOP, OptionRefusal

log = logging.getLogger(__name__)

Deliver = Callable[[ChatMessage], Awaitable[None] | None]
TWITCH = ("irc.chat.twitch.tv", 6697, True)
BADGES = ("moderator", "subscriber", "broadcaster", "vip")
LINE_LIMIT = 2**16  # asyncio's default for a stream reader
TWITCH_CAPS = ("twitch.tv/tags", "twitch.tv/commands")  # what Twitch documents, LS or not
AUTH_FAILURES = ("Login authentication failed", "Improperly formatted auth", "Login unsuccessful")
# no such channel, too many channels, full (+l), invite only (+i), banned (+b), wrong key (+k),
# a bad name, a registered nick needed, TLS needed
JOIN_REFUSALS = ("403", "405", "471", "473", "474", "475", "476", "477", "489")
WELCOME_SECONDS = 60.0  # from connecting to the server's 001
NOT_JOINED_RETRY = 2.0  # seconds before a reply that found us out of the channel is tried again
TWITCH_TOKEN_NEEDED = ("replies on Twitch need the account's token: set VITRINA_TWITCH_TOKEN or keep it in the "
                       "system keyring as vitrina/twitch (chat is read anonymously without one)")


class ChatSpecError(OptionRefusal):
    """A chat connector's spec refused: `--chat SPEC: why` on the command line, `SPEC: why` in Settings ▸ Chat."""

    OPTION = QT_TRANSLATE_NOOP("Refusals", "--chat %1")


class ConnectionClosed(LinkLost):
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
            raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: name the Twitch channel, e.g. twitch:myshop"), spec)
        return IrcTarget(*TWITCH, f"#{channel}", "twitch")
    parts = urlsplit(spec.replace("#", "%23", 1))
    channel = parts.path.lstrip("/").replace("%23", "#")
    if parts.scheme not in ("irc", "ircs") or not parts.hostname or not channel.startswith("#"):
        raise ChatSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL"), spec)
    tls = parts.scheme == "ircs"
    return IrcTarget(parts.hostname, parts.port or (6697 if tls else 6667), tls, channel.lower(), "irc")


def default_nick(target: IrcTarget) -> str:
    """Twitch reads anonymously as any justinfan; elsewhere nine characters, RFC 2812's limit."""
    if target.platform == "twitch":
        return f"justinfan{random.randint(10000, 99999)}"
    return f"vitrina{random.randint(10, 99)}"


def describe_failure(error: BaseException) -> str:
    """Why a connection failed, in words for the status line; never an OS or TLS error's own
    text, which could quote what was sent."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"TLS failed: certificate verify failed ({error.verify_message or error.reason})"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed ({error.reason or type(error).__name__})"
    if isinstance(error, LinkLost):
        return str(error)
    return type(error).__name__


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
        self._nick = nick or default_nick(target)
        # The spec decides the transport: a context given for irc:// is not used.
        self._tls = (tls_context or ssl.create_default_context()) if target.tls else None
        self._on_removed = on_removed
        self._server = "Twitch" if target.platform == "twitch" else target.host
        self.connections = 0  # how many times a server welcomed us
        self._health = Health(PartState.CONNECTING)
        self._login = self._registration()
        self._join_tries = 0
        self._rejoin: asyncio.TimerHandle | None = None
        self._writer: asyncio.StreamWriter | None = None  # the connection's, while there is one
        self.moderator = False  # Twitch's USERSTATE says the account moderates (or owns) the channel

    @property
    def health(self) -> Health:
        return self._health

    @property
    def state(self) -> str:
        """What the show's status line says of it: joined; reconnecting in 3 s (attempt 2): ..."""
        return self._health.text()

    @property
    def nick(self) -> str:
        """The nick the server knows us by (another than the one asked for when that was in use)."""
        return self._login.nick

    def _registration(self) -> Registration:
        documented = TWITCH_CAPS if self.target.platform == "twitch" else ()
        return Registration(self._nick, self._token, self._server, documented)

    def _set_health(self, health: Health) -> None:
        if health != self._health:
            log.info("chat %s: %s", self.target.channel, health.text())
        self._health = health

    async def run(self, stop: asyncio.Event) -> None:
        attempt = 0
        while not stop.is_set():
            self._set_health(Health(PartState.CONNECTING, attempt=attempt))
            welcomed_before = self.connections
            try:
                reason = await self._session(stop)
            except ChatRefused as refused:
                await self._refused(refused, stop)
                return
            except (OSError, asyncio.IncompleteReadError) as error:  # ssl.SSLError is an OSError
                reason = describe_failure(error)
                log.warning("chat %s: %s", self.target.channel, reason)
            if stop.is_set():
                return
            attempt = 1 if self.connections > welcomed_before else attempt + 1  # a working link starts over
            delay = retry_delay(attempt)
            self._set_health(retrying(reason, attempt, delay))
            await pause(stop, delay)

    async def _refused(self, refused: ChatRefused, stop: asyncio.Event) -> None:
        """Said once; then nothing more until the show stops."""
        self._set_health(Health(PartState.FAILED, str(refused)))
        log.warning("chat %s: %s", self.target.channel, refused)
        await stop.wait()

    async def _session(self, stop: asyncio.Event) -> str:
        """One connection until the show stops or the server asks for a new one (why, in words)."""
        reader, writer = await asyncio.open_connection(self.target.host, self.target.port, ssl=self._tls)
        self._login = login = self._registration()
        welcome_by = asyncio.get_running_loop().time() + WELCOME_SECONDS
        self._writer = writer
        try:
            await self._send(writer, *login.opening())
            while (raw := await self._next_line(reader, stop, None if login.welcomed else welcome_by)) is not None:
                line = parse_line(raw.decode("utf-8", errors="replace"))
                if not login.done:
                    await self._log_in(line, writer)
                if await self._handle(line, writer):
                    return "the server asked for a new connection"
            return "stopped"
        finally:
            self._writer = None
            self._stop_rejoining()
            writer.close()
            try:
                await writer.wait_closed()
            except (OSError, ConnectionError):
                pass

    async def _next_line(self, reader: asyncio.StreamReader, stop: asyncio.Event, by: float | None) -> bytes | None:
        """The next line, or None once the show stops. A line longer than the reader's limit
        (64 KiB; IRC's are 512 bytes, Twitch's with tags about 8 KiB) is skipped, not fatal.
        A server that has not welcomed us `by` then (the loop's clock) is given up on."""
        while True:
            read = asyncio.ensure_future(reader.readline())
            stopped = asyncio.ensure_future(stop.wait())
            wait = None if by is None else max(0.0, by - asyncio.get_running_loop().time())
            done, _ = await asyncio.wait({read, stopped}, timeout=wait, return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            if read not in done:
                read.cancel()
                if stopped in done:
                    return None
                raise LinkLost(f"{self._server} did not welcome us within {WELCOME_SECONDS:g} s")
            try:
                raw = read.result()
            except ValueError:  # over the limit: the reader has dropped what it held of it
                log.warning("chat: skipped a line longer than %d bytes", LINE_LIMIT)
                continue
            if not raw:
                raise ConnectionClosed("the server closed the connection")
            return raw

    @staticmethod
    async def _send(writer: asyncio.StreamWriter, *lines: str) -> None:
        if lines:
            writer.write("".join(f"{line}\r\n" for line in lines).encode())
            await writer.drain()

    async def _log_in(self, line: IrcLine, writer: asyncio.StreamWriter) -> None:
        """One line of the login: answered; on the welcome CONNECTED; once the capabilities
        are settled too, the JOIN."""
        welcomed = self._login.welcomed
        await self._send(writer, *self._login.answer(line))
        if self._login.welcomed and not welcomed:
            self.connections += 1
            self._set_health(Health(PartState.CONNECTED))
        if self._login.done:
            await self._send(writer, f"JOIN {self.target.channel}")

    async def _handle(self, line: IrcLine, writer: asyncio.StreamWriter) -> bool:
        """Acts on one line; True when the server asks for a new connection."""
        if line.command == "PING":
            await self._send(writer, f"PONG :{line.params[-1] if line.params else ''}")
        elif line.command == "RECONNECT":
            return True
        elif line.command == "ERROR" and from_server(line):
            said = clean_line(line.params[-1] if line.params else "")[:200]
            raise LinkLost(f"the server closed the link: {said}" if said else "the server closed the link")
        elif line.command == "NOTICE":
            self._check_login(line)
            self._check_reply(line)
        elif line.command == "JOIN":
            self._joined(line)
        elif line.command == "USERSTATE":
            self._user_state(line)
        elif line.command in JOIN_REFUSALS:
            self._join_refused(line, writer)
        elif line.command in ("CLEARMSG", "CLEARCHAT"):
            self._hand_on(removal_from(line, self.target.platform))
        elif line.command == "PRIVMSG" and len(line.params) >= 2:
            result = self._deliver(self._message(line))
            if asyncio.iscoroutine(result):
                await result
        return False

    def replies_to(self, route: ReplyRoute) -> bool:
        return route.platform == self.target.platform and same_name(route.channel, self.target.channel)

    async def reply(self, route: ReplyRoute, text: str, names: tuple[str, ...]) -> SendResult:
        """One PRIVMSG to the channel on the connection that reads it (on Twitch, logged in
        with the account's token: an anonymous reader cannot speak)."""
        if self.target.platform == "twitch" and not self._token:
            return Refused(TWITCH_TOKEN_NEEDED)
        writer = self._writer
        if writer is None or self._health.state is not PartState.JOINED:
            return Retry(f"not in {self.target.channel} ({self.state})", NOT_JOINED_RETRY)
        writer.write(f"PRIVMSG {self.target.channel} :{clean_line(text)}\r\n".encode())
        try:
            await writer.drain()
        except (OSError, ConnectionError) as error:
            return Retry(f"the connection dropped ({type(error).__name__})", NOT_JOINED_RETRY, reached=True)
        return Sent(moderator=self.moderator)

    def _user_state(self, line: IrcLine) -> None:
        """Twitch's word on our own standing in the channel, after the JOIN and each PRIVMSG."""
        if from_server(line) and line.params and same_name(line.params[0], self.target.channel):
            badges = {badge.split("/")[0] for badge in line.tags.get("badges", "").split(",") if badge}
            self.moderator = line.tags.get("mod") == "1" or bool(badges & {"moderator", "broadcaster"})

    def _joined(self, join: IrcLine) -> None:
        """The server's echo of our own JOIN (a viewer joining says nothing of us)."""
        if join.params and same_name(join.nick, self._login.nick) and same_name(join.params[0], self.target.channel):
            self._join_tries = 0
            self._set_health(Health(PartState.JOINED))

    def _join_refused(self, refusal: IrcLine, writer: asyncio.StreamWriter) -> None:
        """:server 474 nick #shop :Cannot join channel (+b): named, and asked again on the schedule."""
        params = refusal.params
        if not from_server(refusal) or len(params) < 3 or not same_name(params[1], self.target.channel):
            return
        self._join_tries += 1
        delay = retry_delay(self._join_tries)
        reason = f"cannot join {self.target.channel}: {clean_line(params[-1])[:200]}"
        log.warning("chat %s: %s; asking again in %.0f s", self.target.channel, reason, delay)
        self._set_health(Health(PartState.FAILED, reason, self._join_tries, time.monotonic() + delay))
        self._stop_rejoining()
        self._rejoin = asyncio.get_running_loop().call_later(
            delay, writer.write, f"JOIN {self.target.channel}\r\n".encode())

    def _stop_rejoining(self) -> None:
        if self._rejoin is not None:
            self._rejoin.cancel()
            self._rejoin = None

    def _check_login(self, notice: IrcLine) -> None:
        """Raises ChatRefused for the server's own notice that the login failed:
        :tmi.twitch.tv NOTICE * :Login authentication failed"""
        if not from_server(notice) or len(notice.params) < 2 or notice.params[0] not in ("*", self._login.nick):
            return
        text = notice.params[-1]
        if any(failure in text for failure in AUTH_FAILURES):
            raise ChatRefused(f"{self._server} refused the chat token: {clean_line(text)[:200]}")

    def _check_reply(self, notice: IrcLine) -> None:
        """Twitch's notice that a message of ours was not posted (msg_ratelimit, msg_duplicate,
        msg_slowmode, msg_followersonly, ...): logged with its words, for the host to see why."""
        kind = notice.tags.get("msg-id", "")
        if from_server(notice) and kind.startswith("msg_") and notice.params:
            log.warning("chat %s: a reply was not posted (%s): %s", self.target.channel, clean_line(kind)[:40],
                        clean_line(notice.params[-1])[:200])

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
        sent = _sent_at(tags)
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


def _sent_at(tags: dict[str, str]) -> float:
    """Twitch's tmi-sent-ts (milliseconds since the epoch), else IRCv3 server-time's `time`
    (2023-11-14T22:13:20.123Z), else now: whichever of them is a time."""
    stamp = tags.get("tmi-sent-ts", "")
    if stamp.isascii() and stamp.isdigit() and len(stamp) <= 16:
        return int(stamp) / 1000
    try:
        sent = datetime.fromisoformat(tags.get("time", "").replace("Z", "+00:00"))
    except ValueError:
        return time.time()
    return (sent if sent.tzinfo else sent.replace(tzinfo=UTC)).timestamp()
