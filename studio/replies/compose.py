"""Reply messages within a platform's size limit: one buyer's reply (split at spaces over a few
messages when it is long, each one starting with the name, elided past MAX_PARTS), or several
buyers told the same thing in one message: "@ana (A12 M) @bia (A12 L): reserved · held until 21:15"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.replies.phrases import Wording

MAX_PARTS = 3  # messages one buyer's reply may take; past that it is elided
ELLIPSIS = "…"


@dataclass(frozen=True)
class Budget:
    """How big one message may be, in UTF-8 bytes and in characters (either may be unbounded)."""

    max_bytes: int | None = None
    max_chars: int | None = None

    def fits(self, text: str) -> bool:
        return (self.max_chars is None or len(text) <= self.max_chars) and (
            self.max_bytes is None or len(text.encode()) <= self.max_bytes)


@dataclass(frozen=True)
class Worded:
    name: str  # reply_name()'d already
    wording: Wording


def alone(item: Worded, budget: Budget) -> list[str]:
    """One buyer's reply as the messages it takes (at least one)."""
    head = f"@{item.name} "
    text = head + item.wording.alone
    if budget.fits(text):
        return [text]
    parts: list[str] = []
    words = item.wording.alone.split(" ")
    while words and len(parts) < MAX_PARTS:
        line, words = _fill(head, words, budget, last=len(parts) == MAX_PARTS - 1)
        parts.append(line)
    return parts


def merged(items: Sequence[Worded], budget: Budget) -> tuple[str, int] | None:
    """As many of `items` (all with the same `shared` words) as fit in one message, in order,
    and how many that is; None when not even the first fits merged."""
    if not items:
        return None
    suffix = f": {items[0].wording.shared}"
    pieces: list[str] = []
    for item in items:
        piece = f"@{item.name}" + (f" ({item.wording.personal})" if item.wording.personal else "")
        if not budget.fits(" ".join([*pieces, piece]) + suffix):
            break
        pieces.append(piece)
    return (" ".join(pieces) + suffix, len(pieces)) if pieces else None


def _fill(head: str, words: list[str], budget: Budget, last: bool) -> tuple[str, list[str]]:
    """One message: the head and as many words as fit; a word too long for any message is cut;
    on the last message allowed, what does not fit is elided."""
    line, taken = head.rstrip(), 0
    for word in words:
        trial = f"{line} {word}"
        if not budget.fits(trial + (ELLIPSIS if last and taken + 1 < len(words) else "")):
            break
        line, taken = trial, taken + 1
    rest = words[taken:]
    if taken == 0:  # one word longer than a whole message (a hostile name, a long link): cut it
        line, cut = _cut(f"{head}{words[0]}", budget, ELLIPSIS if last else "")
        if cut <= len(head):  # not even the name fits: nothing more can be said
            return line, []
        rest = ([words[0][cut - len(head):]] if not last else []) + words[1:]
    elif rest and last:
        line += ELLIPSIS
    return line, ([] if last else rest)


def _cut(text: str, budget: Budget, tail: str) -> tuple[str, int]:
    """The longest start of `text` that fits with `tail`, and its length in characters."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if budget.fits(text[:middle] + tail):
            low = middle
        else:
            high = middle - 1
    return text[:low] + tail, low
