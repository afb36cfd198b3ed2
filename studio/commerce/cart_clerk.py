"""The show's cart clerk: a thread with its own store connection that, a few times a second,
runs the holds (reminders, releases) on its clock and tells the show every cart event since
the last look, whichever connection wrote it (the chat desk, `vitrina cart`, the window).

The clock is given, so a test moves time itself and calls `tick()`; the show passes time.time."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from media.health import Health, PartState
from media.worker import Worker
from studio.commerce.cart_news import CartChanged, cart_news, latest_cart_event
from studio.commerce.holds import run_holds
from studio.replies.switch import replies_on
from studio.settings import store_locale
from studio.storage import open_database

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5
Clock = Callable[[], float]
OnNews = Callable[[CartChanged], None]


class CartDesk:
    """One look at the store: holds run, then the news since the last look, and whether the shop
    wants replies in chat (`replies_on`, read in the same look, so a driver telling the news need
    not open the store itself)."""

    def __init__(self, db: Database, show_id: int, clock: Clock = time.time, from_start: bool = False) -> None:
        self._db, self.show_id, self._clock = db, show_id, clock
        self._after = 0 if from_start else latest_cart_event(db, show_id)
        self.replies_on = replies_on(db)

    def tick(self) -> list[CartChanged]:
        run_holds(self._db, self._clock())
        news = cart_news(self._db, self.show_id, self._after, store_locale(self._db))
        if news:
            self._after = news[-1].event_id
            self.replies_on = replies_on(self._db)
        return news


class CartClerk(Worker):
    thread_name = "cart-clerk"

    def __init__(self, database: Path, show_id: int, on_news: OnNews, clock: Clock = time.time) -> None:
        super().__init__()
        self._database, self._show_id, self._on_news, self._clock = database, show_id, on_news, clock
        self.replies_on = True  # the shop's switch for replies in chat, as of the news being told

    def _run(self) -> None:
        db = open_database(self._database)
        try:
            desk = CartDesk(db, self._show_id, self._clock, from_start=True)
            self._set_health(Health(PartState.RUNNING))
            while not self._stopping.wait(TICK_SECONDS):
                try:
                    found = desk.tick()
                except sqlite3.OperationalError as error:  # the store busy past its timeout: the next tick tries again
                    log.warning("cart clerk: %s", error)
                    continue
                self.replies_on = desk.replies_on
                for news in found:
                    self._on_news(news)
        finally:
            db.conn.close()
