"""What the live panel's reader hands the GUI thread in one go: what changed in the show's store
since the last batch (or all of it, for the first one). Only what changed: a long show's open
questions and waiting list are not handed over again with every message."""

from __future__ import annotations

from dataclasses import dataclass

from studio.commerce.chat_feed import ChatLine
from studio.commerce.order_list import OrderLine
from studio.commerce.question_queue import Question
from studio.commerce.reports import Sales
from studio.commerce.waiting_list import WaitLine


@dataclass(frozen=True)
class LiveBatch:
    generation: int  # which show the panel followed when it was read: older ones are dropped
    show_id: int
    first: bool  # the panel starts over from this batch
    locale: str  # the store's, for money
    chat: list[ChatLine]  # shown messages since the last batch, oldest first
    chat_total: int  # shown messages in the show so far
    questions: list[Question]  # asked since the last batch, or changed, as they are now (the first: all open ones)
    questions_gone: list[int]  # ids of questions no longer in the store (a forgotten buyer's)
    orders: list[OrderLine]  # placed since the last batch, or moved on, as they are now
    waitlist: list[WaitLine]  # joined the waiting list since the last batch (the first: all who wait)
    waitlist_served: list[int]  # ids of waitlist lines an order served since the last batch
    sales: Sales | None  # when an order was placed or moved on
