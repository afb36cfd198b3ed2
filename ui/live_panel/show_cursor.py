"""How far a live panel has read one show's store, and how to read only what changed since:
messages newer than the last seen (by id), the questions still open (their state moves), the
orders with a state change since the last one seen (order_events), and the short waiting list."""

from __future__ import annotations

from sqlite_utils import Database

from studio.commerce.chat_feed import chat_after, shown_messages
from studio.commerce.order_list import OrderLine, latest_order_change, order_changes, orders_with_ids, show_orders
from studio.commerce.question_queue import (
    WAITING_STATES,
    Question,
    open_questions,
    questions_after,
    questions_with_ids,
)
from studio.commerce.reports import show_sales
from studio.commerce.waiting_list import waiting
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
        self._chat_total = 0
        self._open_questions: set[int] = set()

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
        self._last_message, chat = chat_after(db, self.show_id, 0, CHAT_ROWS)
        self._chat_total = shown_messages(db, self.show_id)
        self._read_before = True
        return self._batch(db, True, chat, self._track(open_questions(db, self.show_id)),
                           show_orders(db, self.show_id), orders_moved=True)

    def _read_changes(self, db: Database) -> LiveBatch | None:
        after = self._last_message
        self._last_message, chat = chat_after(db, self.show_id, after, CHAT_ROWS)
        self._chat_total += len(chat)
        questions = self._track(questions_with_ids(db, self._open_questions) + questions_after(db, self.show_id, after))
        self._last_order_change, moved = order_changes(db, self.show_id, self._last_order_change)
        orders = orders_with_ids(db, self.show_id, moved) if moved else []
        if not (chat or questions or moved):
            return None
        return self._batch(db, False, chat, questions, orders, orders_moved=bool(moved))

    def _batch(self, db: Database, first: bool, chat: list, questions: list[Question], orders: list[OrderLine],
               orders_moved: bool) -> LiveBatch:
        buys = any(line.kind == "buy" for line in chat)  # a sold-out buy joins the waitlist
        return LiveBatch(
            self.generation, self.show_id, first, store_locale(db), chat, self._chat_total, questions, orders,
            waiting(db, self.show_id) if first or orders_moved or buys else None,
            show_sales(db, self.show_id) if orders_moved else None)

    def _track(self, questions: list[Question]) -> list[Question]:
        """Remembers which questions are still open, to read their state again next time."""
        for question in questions:
            if question[3] in WAITING_STATES:
                self._open_questions.add(question[0])
            else:
                self._open_questions.discard(question[0])
        return questions
