"""Each platform's limits, kept with room to spare. Twitch: 20 messages in any 30 s (100 for a
moderator or the broadcaster), an account that goes over is locked out of chat for a while;
500 characters a message. Plain IRC servers: the same 20 in 30 s (their flood control varies;
this stays under the common ones), 512 bytes a line as the server relays it, our prefix
included. YouTube: liveChatMessages.insert costs quota (20 units of a default 10,000 a day,
shared with reading the chat), so a small budget a minute; 200 characters a message. The
ingest socket: its bridge knows its platform; it is sent at a pace any bridge can take."""

from __future__ import annotations

from dataclasses import dataclass

from studio.replies.compose import Budget
from studio.replies.notice import ReplyRoute
from studio.replies.pacer import PaceLimit

IRC_LINE_BYTES = 512  # RFC 1459, CRLF included
# what the server puts in front when it relays our line: ":nick!user@host " at their longest here
RELAY_PREFIX_BYTES = 1 + 30 + 1 + 10 + 1 + 63 + 1

TWITCH = PaceLimit(20, 30.0, margin=2.0)
TWITCH_MODERATOR = PaceLimit(100, 30.0, margin=2.0)
IRC = PaceLimit(20, 30.0, margin=2.0)
YOUTUBE = PaceLimit(3, 60.0, margin=1.0)  # 60 quota units a minute at most
INGEST = PaceLimit(30, 30.0)


@dataclass(frozen=True)
class ReplyLimits:
    """The paces by platform (others go at `ingest`, for they came through a bridge), and
    replies' patience: how many may wait, and for how long a reply is still worth sending."""

    twitch: PaceLimit = TWITCH
    twitch_moderator: PaceLimit = TWITCH_MODERATOR
    irc: PaceLimit = IRC
    youtube: PaceLimit = YOUTUBE
    ingest: PaceLimit = INGEST
    max_pending: int = 5000  # notices waiting in one chat before new ones are dropped (counted)
    max_age: float = 600.0  # seconds: a reply older than this is no longer sent (counted)
    quota_pause: float = 1800.0  # seconds: after YouTube says the day's quota is used up

    def moderator(self, route: ReplyRoute) -> PaceLimit | None:
        """The pace once the account turns out to moderate the chat (Twitch only)."""
        return self.twitch_moderator if route.platform == "twitch" else None

    def pace(self, route: ReplyRoute) -> PaceLimit:
        known = {"twitch": self.twitch, "irc": self.irc, "youtube": self.youtube}
        return known.get(route.platform, self.ingest)


def budget(route: ReplyRoute) -> Budget:
    if route.platform in ("twitch", "irc"):
        overhead = RELAY_PREFIX_BYTES + len(f"PRIVMSG {route.channel} :\r\n".encode())
        return Budget(max_bytes=IRC_LINE_BYTES - overhead, max_chars=500 if route.platform == "twitch" else None)
    if route.platform == "youtube":
        return Budget(max_chars=200)
    return Budget(max_chars=500)
