"""One chat message, whatever platform it came from. Its text is hostile: plain text only."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChatMessage:
    platform: str  # twitch, irc, youtube, ingest, rehearsal
    channel: str
    author_id: str
    author_name: str
    text: str
    time: float  # seconds since the epoch
    badges: frozenset[str] = field(default_factory=frozenset)  # moderator, subscriber, broadcaster
    message_id: str = ""
