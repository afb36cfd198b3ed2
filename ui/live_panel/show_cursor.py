"""How far a live panel has read one show's store, and how to read only what changed since:
messages newer than the last seen (by id), questions asked since or changed since the last
change seen (question_events), orders with a state change since the last one seen
(order_events), and waitlist lines that joined since the last seen or that an order served."""

from __future__ import annotations

from sqlite_utils import Database

from studio.commerce.chat_feed import chat_after, shown_messages
from studio.commerce.order_list import latest_order_change, order_changes, orders_with_ids, show_orders
from studio.commerce.question_queue import (
    Question,
    latest_question_change,
    open_questions,
    question_changes,
    questions_after,
    questions_with_ids,
)
from studio.commerce.reports import show_sales
from studio.commerce.waiting_list import WaitLine, latest_wait_line, served_by, waiting
from studio.settings import store_locale
from ui.live_panel.live_batch import LiveBatch

CHAT_ROWS = 5000  # the chat a panel keeps: a three-hour show does not grow without end


class ShowCursor:
    def __init__(self, show_id: int, generation: int) -> None:
        self.show_id = show_id
        self.generation = generation
        self._read_before = False
        self._last_message = 0
        self._last_order_change = 0
        self._last_question_change = 0
        self._last_wait_line = 0
        self._chat_total = 0

    def read(self, db: Database) -> LiveBatch | None:
        """What changed since the last read (everything, the first time), or None when nothing did.
        One read transaction: every part of the batch is from the same moment of the store."""
        db.execute("BEGIN")
        try:
            return self._read_all(db) if not self._read_before else self._read_changes(db)
        finally:
            db.execute("COMMIT")

    def _read_all(self, db: Database) -> LiveBatch:
        self._last_order_change = latest_order_change(db)
        self._last_question_change = latest_question_change(db)
        self._last_wait_line = latest_wait_line(db)
        self._last_message, chat = chat_after(db, self.show_id, 0, CHAT_ROWS)
        self._chat_total = shown_messages(db, self.show_id)
        self._read_before = True
        return LiveBatch(self.generation, self.show_id, True, store_locale(db), chat, self._chat_total,
                         open_questions(db, self.show_id), [], show_orders(db, self.show_id),
                         waiting(db, self.show_id), [], show_sales(db, self.show_id))

    def _read_changes(self, db: Database) -> LiveBatch | None:
        after = self._last_message
        self._last_message, chat = chat_after(db, self.show_id, after, CHAT_ROWS)
        self._chat_total += len(chat)
        questions, gone = self._questions(db, after)
        self._last_order_change, moved = order_changes(db, self.show_id, self._last_order_change)
        orders = orders_with_ids(db, self.show_id, moved) if moved else []
        joined, served = self._waitlist(db, moved)
        if not (chat or questions or gone or moved or joined):
            return None
        return LiveBatch(self.generation, self.show_id, False, store_locale(db), chat, self._chat_total, questions,
                         gone, orders, joined, served, show_sales(db, self.show_id) if moved else None)

    def _questions(self, db: Database, after_message: int) -> tuple[list[Question], list[int]]:
        """Questions asked since `after_message` or changed since the last read, as they are now;
        and the ids of changed ones no longer in the store."""
        self._last_question_change, changed = question_changes(db, self.show_id, self._last_question_change)
        asked = questions_after(db, self.show_id, after_message)
        changed.difference_update(question[0] for question in asked)
        now = questions_with_ids(db, changed) if changed else []
        gone = changed.difference(question[0] for question in now)
        return sorted(asked + now), sorted(gone)

    def _waitlist(self, db: Database, moved: set[int]) -> tuple[list[WaitLine], list[int]]:
        """Lines that joined the waitlist since the last read (sold-out buys), and those the orders `moved` served."""
        joined = waiting(db, self.show_id, self._last_wait_line)
        self._last_wait_line = latest_wait_line(db)
        return joined, served_by(db, self.show_id, moved) if moved else []
