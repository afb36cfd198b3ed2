"""IRC lines as Twitch and plain IRC servers send them, IRCv3 tags included:

    @badge-info=;badges=moderator/1;display-name=Ana\\sB;user-id=42 :ana!ana@ana.tmi.twitch.tv PRIVMSG #shop :sold A1
"""

from __future__ import annotations

from dataclasses import dataclass, field

_ESCAPES = {"s": " ", ":": ";", "\\": "\\", "r": "\r", "n": "\n"}
_RFC1459_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ[]\\~", "abcdefghijklmnopqrstuvwxyz{}|^")


@dataclass(frozen=True)
class IrcLine:
    command: str
    params: tuple[str, ...]
    prefix: str = ""
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def nick(self) -> str:
        return self.prefix.split("!", 1)[0]


def from_server(line: IrcLine) -> bool:
    """A line the server itself sent, not one it relays from a user (nick!user@host)."""
    return "!" not in line.prefix and "@" not in line.prefix


def same_name(one: str, other: str) -> bool:
    """Nicks and channels compare without case, RFC 1459's way ([]\\~ are the capitals of {}|^)."""
    return one.translate(_RFC1459_LOWER) == other.translate(_RFC1459_LOWER)


def unescape_tag(value: str) -> str:
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            out.append(_ESCAPES.get(value[index + 1], value[index + 1]))
            index += 2
            continue
        if char != "\\":  # a lone trailing backslash is dropped, as IRCv3 says
            out.append(char)
        index += 1
    return "".join(out)


def parse_line(raw: str) -> IrcLine:
    line = raw.rstrip("\r\n")
    tags: dict[str, str] = {}
    if line.startswith("@"):
        tag_text, _, line = line[1:].partition(" ")
        for item in tag_text.split(";"):
            key, _, value = item.partition("=")
            tags[key] = unescape_tag(value)
    prefix = ""
    if line.startswith(":"):
        prefix, _, line = line[1:].partition(" ")
    line, has_trailing, trailing = line.partition(" :")
    words = line.split()
    params = tuple(words[1:]) + ((trailing,) if has_trailing else ())  # "PRIVMSG #a :" has an empty one
    return IrcLine(words[0].upper() if words else "", params, prefix, tags)
