"""Where chat meets the shop: each message is stored with its show, and a buy comment becomes
an order (or a waitlist place, or a flag for the host when it names no product or variant).

Runs the connectors on an asyncio loop of its own thread, with its own database connection."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

from studio.catalog import list_products
from studio.chat.connectors import Connector, check_chat_spec, make_connector
from studio.chat.message import ChatMessage
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.moderation import load_moderation
from studio.commerce.orders import Buyer, Outcome, place_order
from studio.commerce.questions import is_question
from studio.storage import open_database, transaction

log = logging.getLogger(__name__)


class ShopFloor:
    def __init__(self, database: Path, show_id: int, specs: list[str], token: str | None = None) -> None:
        self._database, self.show_id = database, show_id
        self._specs = [check_chat_spec(spec) for spec in specs]  # a bad spec fails before anything starts
        self._token = token
        self.orders = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="chat", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(15)
            self._thread = None

    def _run(self) -> None:
        self._db = open_database(self._database)
        self._reader = BuyCommentReader(list_products(self._db))
        self._moderation = load_moderation(self._db)
        loop = asyncio.new_event_loop()
        self._loop, self._stop = loop, asyncio.Event()
        products = list_products(self._db)
        connectors = [make_connector(spec, self.take, products, self._token) for spec in self._specs]
        self._ready.set()
        try:
            loop.run_until_complete(self._serve(connectors))
        finally:
            loop.close()
            self._db.conn.close()

    async def _serve(self, connectors: list[Connector]) -> None:
        assert self._stop is not None
        await asyncio.gather(*(connector.run(self._stop) for connector in connectors))

    def take(self, message: ChatMessage) -> None:
        if self._moderation.hides(message):
            self._store(message, "hidden", None, None)
            return
        comment = self._reader.read(message.text)
        outcome: Outcome | None = None
        if comment is not None and comment.orderable:
            buyer = Buyer(message.platform, message.author_id, message.author_name)
            outcome = place_order(self._db, self.show_id, buyer, comment, message.text, at=message.time)
            if outcome.kind == "reserved":
                self.orders += 1
                log.info("order %s: %s, %s x%d", outcome.order_id, message.author_name, comment.product.code,
                         comment.quantity)
        kind = "buy" if outcome else ("flagged" if comment is not None else "question" if is_question(message.text)
                                      else "message")
        note = outcome.kind if outcome else (comment.problem if comment is not None else None)
        self._store(message, kind, note, outcome.order_id if outcome else None)

    def _store(self, message: ChatMessage, kind: str, note: str | None, order_id: int | None) -> None:
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO chat_messages (show_id, platform, channel, author_id, author_name, text, sent_at, badges, "
                "kind, note, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.show_id, message.platform, message.channel, message.author_id, message.author_name,
                 message.text, message.time, ",".join(sorted(message.badges)), kind, note, order_id))
