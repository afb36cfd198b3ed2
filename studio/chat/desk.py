"""Where chat meets the shop: each message is stored with its show and taken for what it is:
hidden (moderation), a poll vote, a giveaway entry, a buy comment that becomes an order (or a
waitlist place, or a flag for the host when it names no product or variant), a question."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlite_utils import Database

from studio.catalog import catalog_version, list_products
from studio.chat.message import ChatMessage
from studio.chat.rehearsal import Cues
from studio.chat.removal import Removal
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.giveaways import enter, open_giveaways
from studio.commerce.keywords import load_keywords
from studio.commerce.moderation import load_moderation
from studio.commerce.orders import Buyer, Outcome, place_order
from studio.commerce.polls import open_polls, vote
from studio.commerce.questions import is_question
from studio.kept_reasons import reason_json
from studio.replies.desk_notices import notice_for
from studio.replies.notice import BuyerNotice
from studio.replies.switch import replies_on
from studio.settings import store_locale
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Reasoned

log = logging.getLogger(__name__)

RELOAD_CHECK_SECONDS = 0.5
REMOVED = Reasoned(QT_TRANSLATE_NOOP("Refusals", "removed by a moderator"))


@dataclass(frozen=True)
class Taken:
    """What one message was stored as: its kind (buy, flagged, question, message, hidden), its
    row in chat_messages, the order it reserved (None for anything else: a waitlist place,
    a repeated comment, a flag), and what the buyer is to be told (None when replies are off
    or there is nothing to say)."""

    kind: str
    message_id: int
    order_id: int | None = None
    notice: BuyerNotice | None = None


class ChatDesk:
    def __init__(self, db: Database, show_id: int) -> None:
        self._db, self.show_id = db, show_id
        self.orders = 0
        self.messages = 0
        self._checked_at = 0.0
        self._cued_at, self._cues = float("-inf"), Cues()
        self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
        self._catalog_version = catalog_version(db)
        self.products = list_products(db)
        self._load_settings()

    def _load_settings(self) -> None:
        self._reader = BuyCommentReader(self.products, load_keywords(self._db))
        self._moderation = load_moderation(self._db)
        self._replies, self._locale = replies_on(self._db), store_locale(self._db)

    def refresh(self) -> None:
        """The catalog, buy keywords and blocked lists again when another connection has written
        (`vitrina block`, an import, the window), at most twice a second."""
        clock = time.monotonic()
        if clock - self._checked_at < RELOAD_CHECK_SECONDS:
            return
        self._checked_at = clock
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return
        self._data_version = version
        catalog = catalog_version(self._db)
        if catalog != self._catalog_version:  # a 50,000-product catalog takes a while to read
            self._catalog_version, self.products = catalog, list_products(self._db)
        self._load_settings()

    def take(self, message: ChatMessage) -> Taken:
        """Stores and acts on one message (the desk's thread calls this for each), in one write
        transaction: the message and what it made (an order, a vote) are stored together."""
        self.refresh()
        with transaction(self._db):
            taken = self._act(message)
        self.messages += 1
        if taken.order_id is not None:
            self.orders += 1
            log.info("order %s", taken.order_id)
        return taken

    def _act(self, message: ChatMessage) -> Taken:
        """Stores the message for what it is, with the order it reserved, if any."""
        if self._moderation.hides(message):
            return Taken("hidden", self._store(message, "hidden", None, None))
        joined = self._joined_poll_or_giveaway(message)
        if joined is not None:
            return Taken("message", joined)
        comment = self._reader.read(message.text)
        outcome: Outcome | None = None
        if comment is not None and comment.orderable:
            buyer = Buyer(message.platform, message.author_id, message.author_name)
            outcome = place_order(self._db, self.show_id, buyer, comment, message.text, at=message.time)
        kind = "buy" if outcome else ("flagged" if comment is not None else "question" if is_question(message.text)
                                      else "message")
        reason = comment.reason if comment is not None and not outcome else None
        note = outcome.kind if outcome else (str(reason) if reason is not None else None)
        row = self._store(message, kind, note, outcome.order_id if outcome else None, reason)
        notice = notice_for(self._db, message, comment, outcome, self._locale) if self._replies else None
        return Taken(kind, row, outcome.order_id if outcome is not None and outcome.ordered else None,
                     notice)

    def remove(self, removal: Removal) -> int:
        """A moderator removed messages on the platform: they are hidden here too (off the panel,
        off the stream: a featured question among them is dismissed). Orders they made stand."""
        where, values = "show_id = ? AND platform = ? AND channel = ?", [self.show_id, removal.platform, removal.channel]
        if removal.message_id is not None:
            where, values = f"{where} AND message_id = ?", [*values, removal.message_id]
        elif removal.user_id is not None:
            where, values = f"{where} AND author_id = ?", [*values, removal.user_id]
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE chat_messages SET kind = 'hidden', note = ?, reason = ?, "
                f"question_state = CASE WHEN question_state IS NULL THEN NULL ELSE 'dismissed' END WHERE {where}",
                [str(REMOVED), reason_json(REMOVED), *values])
        log.info("a moderator removed %d %s messages", cursor.rowcount, removal.platform)
        return cursor.rowcount

    def cues(self) -> Cues:
        """What the show has open now, for a rehearsal audience to join (read at most once a second)."""
        clock = time.monotonic()
        if clock - self._cued_at >= 1.0:
            self._cued_at, moment = clock, time.time()
            polls, giveaways = open_polls(self._db, self.show_id, moment), open_giveaways(self._db, self.show_id, moment)
            self._cues = Cues(polls[0][1] if polls else 0, giveaways[0][1] if giveaways else None)
        return self._cues

    def _joined_poll_or_giveaway(self, message: ChatMessage) -> int | None:
        """A vote for the show's open poll, or an entry to its open giveaway: stored, and its row returned."""
        if any(vote(self._db, poll_id, message) for poll_id, _ in open_polls(self._db, self.show_id, message.time)):
            return self._store(message, "message", "vote", None)
        giveaways = open_giveaways(self._db, self.show_id, message.time)
        if any(enter(self._db, giveaway_id, message) for giveaway_id, _ in giveaways):
            return self._store(message, "message", "giveaway entry", None)
        return None

    def _store(self, message: ChatMessage, kind: str, note: str | None, order_id: int | None,
               reason: Reasoned | None = None) -> int:
        """`note` in English; `reason`, when the note is its sentence, kept for the window to translate."""
        cursor = self._db.execute(
            "INSERT INTO chat_messages (show_id, platform, channel, author_id, author_name, text, sent_at, badges, "
            "kind, note, order_id, question_state, message_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.show_id, message.platform, message.channel, message.author_id, message.author_name,
             message.text, message.time, ",".join(sorted(message.badges)), kind, note, order_id,
             "open" if kind == "question" else None, message.message_id,
             None if reason is None else reason_json(reason)))
        row = cursor.lastrowid
        assert row is not None, "an INSERT has a row id"
        return row
