"""Logging in to an IRC server as RFC 1459/2812 and IRCv3 capability negotiation say:
`CAP LS 302`, then PASS (when there is a token), NICK and USER at once. A server that speaks
CAP holds the login until CAP END: it is asked only for what it offers of what the studio
reads, then told END. A server that does not know CAP answers 421 (or 451) or says nothing,
and logs us in all the same. A nick in use (433) is tried again with a suffix; 001 ends it.
Only the server's own lines count here, never one it relays from a user."""

from __future__ import annotations

import enum

from studio.chat.irc_lines import IrcLine, from_server
from studio.plain_text import clean_line

WANTED_CAPS = ("twitch.tv/tags", "twitch.tv/commands", "server-time")
USER_LINE = "USER vitrina 0 * :Vitrina"
SHORTEST_NICK_LIMIT = 9  # RFC 2812's length; a longer nick the server took is kept as long
NICK_TRIES = 10
NICK_IN_USE = ("433", "436", "437")  # in use, collided, held for a while after a split


class ChatRefused(Exception):
    """The server refused the login: trying again would be refused again."""


class LinkLost(ConnectionError):
    """A connection ended, for a reason worded here and safe to show (a server's words cleaned)."""


class NotRegistered(LinkLost):
    """The server did not take the login this time; a new connection may be taken."""


class Caps(enum.Enum):
    ASKED = "asked"  # CAP LS sent, no answer yet (a server without CAP never answers)
    REQUESTED = "requested"  # CAP REQ sent: the server waits for CAP END, JOIN waits for the ACK
    SETTLED = "settled"


class Registration:
    """One connection's login, without any I/O: `opening()` to send first, then `answer(line)`
    for each line the server sends until `done`."""

    def __init__(self, nick: str, token: str | None, server: str, documented: tuple[str, ...] = ()) -> None:
        """`documented`: capabilities the server's maker says it has (Twitch's), asked for
        after the welcome should it not have answered CAP LS."""
        self.nick, self._base_nick, self._token, self._server = nick, nick, token, server
        self._documented = documented
        self.caps = Caps.ASKED
        self.acknowledged: tuple[str, ...] = ()
        self.welcomed = False
        self._offered: list[str] = []
        self._nick_tries = 0

    @property
    def done(self) -> bool:
        """Welcomed, and no capability still waiting for its ACK: time to JOIN."""
        return self.welcomed and self.caps is not Caps.REQUESTED

    def opening(self) -> list[str]:
        lines = ["CAP LS 302"]
        if self._token:
            lines.append(f"PASS oauth:{self._token.removeprefix('oauth:')}")
        return [*lines, f"NICK {self.nick}", USER_LINE]

    def answer(self, line: IrcLine) -> list[str]:
        """The lines to send in answer (often none). Raises ChatRefused for a refusal that
        would come again, NotRegistered for one a new connection may not meet."""
        if not from_server(line):
            return []
        if line.command == "CAP" and len(line.params) >= 3:
            return self._capability(line.params[1].upper(), line.params[2:])
        if line.command == "001":
            self.welcomed = True
            self.nick = line.params[0] if line.params else self.nick
            return self._request(list(self._documented)) if self.caps is Caps.ASKED and self._documented else []
        return self._numeric(line)

    def _capability(self, subcommand: str, rest: tuple[str, ...]) -> list[str]:
        if subcommand == "LS" and self.caps is Caps.ASKED:
            self._offered += [item.split("=", 1)[0] for item in rest[-1].split()]
            if len(rest) > 1 and rest[0] == "*":  # CAP LS 302 continues on another line
                return []
            return self._request([cap for cap in WANTED_CAPS if cap in self._offered])
        if subcommand in ("ACK", "NAK") and self.caps is Caps.REQUESTED:
            self.acknowledged = tuple(rest[-1].split()) if subcommand == "ACK" else ()
            return self._settle()
        return []  # NEW, DEL, LIST: nothing the studio acts on

    def _request(self, caps: list[str]) -> list[str]:
        if not caps:
            return self._settle()
        self.caps = Caps.REQUESTED
        return [f"CAP REQ :{' '.join(caps)}"]

    def _settle(self) -> list[str]:
        self.caps = Caps.SETTLED
        return ["CAP END"]

    def _numeric(self, line: IrcLine) -> list[str]:
        params, reason = line.params, clean_line(line.params[-1] if line.params else "")[:200]
        about = params[1] if len(params) >= 3 else ""
        if line.command in ("421", "451") and about.upper() == "CAP":
            self.caps = Caps.SETTLED  # a server without CAP: NICK and USER log us in
            return []
        if line.command == "410":  # it speaks CAP but not our LS: end the negotiation
            return self._settle()
        if self.welcomed:
            return []
        if line.command in NICK_IN_USE:
            return [f"NICK {self._another_nick()}"]
        if line.command == "432":
            raise ChatRefused(f"{self._server} refused the nick {clean_line(self.nick)[:50]}: {reason}")
        if line.command == "464":
            raise ChatRefused(f"{self._server} refused the password: {reason}")
        if line.command == "465":
            raise ChatRefused(f"{self._server} has banned this address: {reason}")
        if line.command == "451":
            raise NotRegistered(f"{self._server} did not take the login: {reason}")
        return []

    def _another_nick(self) -> str:
        """vitrina -> vitrina_1, vitrina_2, ...; never longer than the nick tried first (or 9)."""
        self._nick_tries += 1
        if self._nick_tries > NICK_TRIES:
            raise NotRegistered(f"{self._server}: the nick {self._base_nick} and {NICK_TRIES} others are in use")
        suffix = f"_{self._nick_tries}"
        room = max(len(self._base_nick), SHORTEST_NICK_LIMIT) - len(suffix)
        self.nick = self._base_nick[:room] + suffix
        return self.nick
