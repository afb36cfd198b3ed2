"""Moderation: messages with blocked words (in the text or the author's name) or from blocked
users are hidden from the panel and never reach the stream. The lists are the store's
settings, one entry per line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.chat.message import ChatMessage
from studio.commerce.buy_comments import fold
from studio.settings import get_setting, set_setting
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

BLOCKED_WORDS, BLOCKED_USERS = "blocked_words", "blocked_users"


class ModerationError(Refusal):
    pass


@dataclass(frozen=True)
class Moderation:
    words: frozenset[str]
    users: frozenset[str]
    pattern: re.Pattern[str] | None = field(default=None, compare=False)  # every word at once

    @classmethod
    def of(cls, words: frozenset[str], users: frozenset[str]) -> Moderation:
        longest_first = sorted(words, key=len, reverse=True)
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, longest_first))})(?!\w)") if words else None
        return cls(words, users, pattern)

    def hides(self, message: ChatMessage) -> bool:
        if fold(message.author_name) in self.users or fold(message.author_id) in self.users:
            return True
        if self.pattern is None:
            return False
        # a name reaches the stream too (Sold!, winners); in names, _ separates words
        return bool(self.pattern.search(fold(message.text)) or
                    self.pattern.search(fold(message.author_name).replace("_", " ")))


def load_moderation(db: Database) -> Moderation:
    return Moderation.of(_entries(get_setting(db, BLOCKED_WORDS, "")), _entries(get_setting(db, BLOCKED_USERS, "")))


def block(db: Database, kind: str, entry: str) -> None:
    if not fold(entry.strip()) or "\n" in entry:
        raise ModerationError(QT_TRANSLATE_NOOP("Refusals", "give one word, phrase or user, not an empty or multi-line text"))
    current = get_setting(db, kind, "")
    set_setting(db, kind, "\n".join(sorted(_entries(current) | {fold(entry.strip())})))


def _entries(text: str) -> frozenset[str]:
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip())


def unblock(db: Database, kind: str, entry: str) -> bool:
    """False when the entry was not blocked."""
    current = _entries(get_setting(db, kind, ""))
    wanted = fold(entry.strip())
    if wanted not in current:
        return False
    set_setting(db, kind, "\n".join(sorted(current - {wanted})))
    return True


def blocked(db: Database, kind: str) -> list[str]:
    return sorted(_entries(get_setting(db, kind, "")))
