"""Giveaways: viewers enter by typing the keyword, once each; moderators and the host cannot
enter; the winner is drawn fairly with a random seed that is recorded, so anyone can check
the draw by replaying it."""

from __future__ import annotations

import random
import re
import secrets
import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.chat.message import ChatMessage
from studio.commerce.buy_comments import fold
from studio.plain_text import clean_line
from studio.storage import inserted_id, transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

EXCLUDED_BADGES = {"moderator", "broadcaster"}
WINNER_SHOWN_SECONDS = 15.0
UNDRAWN_SHOWN_SECONDS = 60.0  # after closing, while the host gets to the draw


class GiveawayError(Refusal):
    pass


@dataclass(frozen=True)
class GiveawayState:
    prize: str
    keyword: str
    entries: int
    winner: str | None


@dataclass(frozen=True)
class Draw:
    winner_name: str
    winner_id: str
    platform: str
    seed: str
    entries: int


@dataclass(frozen=True)
class GiveawaySummary:
    """A giveaway as its host follows it: how many entered, and the draw once made."""

    giveaway_id: int
    prize: str
    keyword: str
    entries: int
    closes_at: float
    winner_name: str | None  # None until drawn
    winner_platform: str | None
    seed: str | None


def start_giveaway(db: Database, show_id: int, keyword: str, minutes: float, at: float | None = None,
                   prize: str = "") -> int:
    if not re.fullmatch(r"\w{2,30}", keyword):
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "'%1' cannot be a keyword: use one word of 2 to 30 letters or digits"), keyword)
    if not 0 < minutes <= 24 * 60:
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "a giveaway takes entries from a few seconds to a day, not %1 minutes"), f"{minutes:g}")
    starts = time.time() if at is None else at
    with transaction(db):
        cursor = db.execute("INSERT INTO giveaways (show_id, keyword, closes_at, prize) VALUES (?, ?, ?, ?)",
                            (show_id, fold(keyword), starts + minutes * 60, clean_line(prize)[:120]))
        return inserted_id(cursor)


def enter(db: Database, giveaway_id: int, message: ChatMessage) -> bool:
    """True when the message was a new entry."""
    row = db.execute("SELECT keyword, closes_at, seed FROM giveaways WHERE id = ?", (giveaway_id,)).fetchone()
    if row is None or row[2] is not None or message.time >= row[1] or message.badges & EXCLUDED_BADGES:
        return False
    if not re.search(rf"(?<!\w){re.escape(row[0])}(?!\w)", fold(message.text)):
        return False
    with transaction(db):
        cursor = db.execute(
            "INSERT OR IGNORE INTO giveaway_entries (giveaway_id, platform, entrant_id, entrant_name, entered_at) "
            "VALUES (?, ?, ?, ?, ?)", (giveaway_id, message.platform, message.author_id, message.author_name, message.time))
        return cursor.rowcount == 1


def draw(db: Database, giveaway_id: int, seed: str | None = None) -> Draw:
    """Draws (or, with the recorded seed, replays) the winner."""
    chosen_seed = seed or secrets.token_hex(16)
    with transaction(db):
        entries = db.execute("SELECT platform, entrant_id, entrant_name FROM giveaway_entries WHERE giveaway_id = ? "
                             "ORDER BY id", (giveaway_id,)).fetchall()
        if not entries:
            raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "nobody has entered yet"))
        platform, entrant_id, name = random.Random(chosen_seed).choice(entries)
        if seed is None:
            db.execute("UPDATE giveaways SET seed = ?, winner_platform = ?, winner_id = ?, winner_name = ?, drawn_at = ? "
                       "WHERE id = ?", (chosen_seed, platform, entrant_id, name, time.time(), giveaway_id))
    return Draw(name, entrant_id, platform, chosen_seed, len(entries))


def verify_draw(db: Database, giveaway_id: int) -> Draw:
    """Replays a draw from its recorded seed: the same winner, or a GiveawayError saying why not."""
    row = db.execute("SELECT seed, winner_id, winner_name FROM giveaways WHERE id = ?", (giveaway_id,)).fetchone()
    if row is None or row[0] is None:
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "giveaway %1 has not been drawn"), giveaway_id)
    replay = draw(db, giveaway_id, seed=row[0])
    if replay.winner_id != row[1]:
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "giveaway %1: the seed draws %2, but %3 was recorded: the entries changed after the draw"), giveaway_id, replay.winner_name, row[2])
    return replay


def draw_latest(db: Database, show_id: int) -> tuple[int, Draw]:
    """Draws the winner of the show's newest giveaway: once, the draw is final."""
    row = db.execute("SELECT id, seed FROM giveaways WHERE show_id = ? ORDER BY id DESC LIMIT 1", (show_id,)).fetchone()
    if row is None:
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "show %1 has had no giveaway"), show_id)
    if row[1] is not None:
        raise GiveawayError(QT_TRANSLATE_NOOP("Refusals", "giveaway %1 was drawn already; `vitrina giveaway verify %1` replays it"), row[0])
    return int(row[0]), draw(db, row[0])


def latest_giveaway(db: Database, show_id: int) -> GiveawaySummary | None:
    row = db.execute("SELECT id, prize, keyword, closes_at, winner_name, winner_platform, seed FROM giveaways "
                     "WHERE show_id = ? ORDER BY id DESC LIMIT 1", (show_id,)).fetchone()
    if row is None:
        return None
    entries = db.execute("SELECT count(*) FROM giveaway_entries WHERE giveaway_id = ?", (row[0],)).fetchone()[0]
    giveaway_id, prize, keyword, closes_at, winner, platform, seed = row
    return GiveawaySummary(giveaway_id, prize, keyword.upper(), entries, closes_at, winner, platform, seed)


def giveaway_on_stream(db: Database, show_id: int, wall: float) -> GiveawayState | None:
    """The show's newest giveaway while it takes entries (and a minute more, waiting for the
    draw), then its winner for a while."""
    row = db.execute("SELECT id, prize, keyword, closes_at, winner_name, drawn_at FROM giveaways WHERE show_id = ? "
                     "ORDER BY id DESC LIMIT 1", (show_id,)).fetchone()
    if row is None:
        return None
    giveaway_id, prize, keyword, closes_at, winner, drawn_at = row
    if drawn_at is not None and wall - drawn_at > WINNER_SHOWN_SECONDS:
        return None
    if drawn_at is None and wall - closes_at > UNDRAWN_SHOWN_SECONDS:
        return None
    entries = db.execute("SELECT count(*) FROM giveaway_entries WHERE giveaway_id = ?", (giveaway_id,)).fetchone()[0]
    return GiveawayState(prize, keyword.upper(), entries, winner if drawn_at is not None else None)


def open_giveaways(db: Database, show_id: int, at: float) -> list[tuple[int, str]]:
    """(id, keyword) of the show's giveaways still taking entries at `at` (not drawn), newest first."""
    return db.execute("SELECT id, keyword FROM giveaways WHERE show_id = ? AND closes_at > ? AND seed IS NULL "
                      "ORDER BY id DESC", (show_id, at)).fetchall()
