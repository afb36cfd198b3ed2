"""The `vitrina` vendor's events: a new order, a new question, and the pinned product changing
(whoever pinned it: the window, `vitrina pin`, a remote PinProduct). They read the store, so
they are made on the request thread, with its connection."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from studio.catalog import find_by_id
from studio.commerce.order_list import show_orders
from studio.commerce.question_queue import open_questions
from studio.remote.messages import Event
from studio.remote.protocol import VENDOR_NAME, EventSubscription
from studio.remote.vendor import order_view, product_view
from studio.settings import store_locale
from studio.shows import pinned_product_id


def vendor_event(event_type: str, data: dict[str, Any]) -> Event:
    return Event(EventSubscription.VENDORS, "VendorEvent",
                 {"vendorName": VENDOR_NAME, "eventType": event_type, "eventData": data})


def order_event(db: Database, show_id: int, order_id: int) -> Event | None:
    line = next(iter(show_orders(db, show_id, after_id=order_id - 1)), None)
    if line is None or line.id != order_id:
        return None
    return vendor_event("OrderPlaced", order_view(line, store_locale(db)))


def question_event(db: Database, show_id: int, message_id: int) -> Event | None:
    found = next((row for row in open_questions(db, show_id) if row[0] == message_id), None)
    if found is None:
        return None
    _, author, text, state = found
    return vendor_event("QuestionAsked", {"id": message_id, "author": author, "text": text, "state": state})


class PinWatcher:
    """Notices the show's pinned product changing in the store, from any process."""

    def __init__(self, show_id: int) -> None:
        self._show_id = show_id
        self._seen: int | None = None
        self._started = False

    def check(self, db: Database) -> Event | None:
        pinned = pinned_product_id(db, self._show_id)
        if self._started and pinned == self._seen:
            return None
        first, self._started, self._seen = not self._started, True, pinned
        if first:
            return None
        product = find_by_id(db, pinned) if pinned is not None else None
        return vendor_event("PinnedProductChanged",
                            {"pinned": product_view(product, store_locale(db)) if product else None})
