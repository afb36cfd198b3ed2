"""The show's chat connectors, on an asyncio loop of their own thread with their own database
connection, handing every message to the chat desk (studio/chat/desk.py). A connector that
fails for good (a port in use, a refused token) says why in its state; the others go on."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import threading
from pathlib import Path

from studio.chat.connectors import Connector, check_chat_spec, make_connector
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.storage import open_database

log = logging.getLogger(__name__)

STORE_RETRY_SECONDS = (0.5, 1.0, 2.0, 4.0)  # on top of the connection's own busy timeout


class ShopFloor:
    def __init__(self, database: Path, show_id: int, specs: list[str], token: str | None = None) -> None:
        self._database, self.show_id = database, show_id
        self._specs = [check_chat_spec(spec) for spec in specs]  # a bad spec fails before anything starts
        self._token = token
        self.desk: ChatDesk | None = None
        self._connectors: list[tuple[str, Connector]] = []
        self._failures: dict[str, str] = {}
        self.unstored = 0
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
        db = open_database(self._database)
        self.desk = ChatDesk(db, self.show_id)
        loop = asyncio.new_event_loop()
        self._loop, self._stop = loop, asyncio.Event()
        self._connectors = [(_label(spec), make_connector(spec, self._take, self.desk.products, self._token,
                                                          on_removed=self.desk.remove, prompter=self.desk.cues))
                            for spec in self._specs]
        self._ready.set()
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.close()
            db.conn.close()

    async def _take(self, message: ChatMessage) -> None:
        """Hands the message to the desk; a store held by another writer past its busy timeout
        (a long import, a VACUUM) is waited for a few times before the message is given up."""
        assert self.desk is not None
        for attempt, wait in enumerate((*STORE_RETRY_SECONDS, None)):
            try:
                self.desk.take(message)
                return
            except sqlite3.OperationalError as error:
                if wait is None:
                    self.unstored += 1
                    log.error("a %s chat message could not be stored: %s", message.platform, error)
                    return
                log.warning("the store is busy (%s); trying again in %.1f s (attempt %d)", error, wait, attempt + 1)
                await asyncio.sleep(wait)
            except Exception:  # one message that trips a bug must not end the show's chat
                self.unstored += 1
                log.exception("a %s chat message could not be taken", message.platform)
                return

    async def _serve(self) -> None:
        await asyncio.gather(*(self._guarded(label, connector) for label, connector in self._connectors))

    async def _guarded(self, label: str, connector: Connector) -> None:
        try:
            await connector.run(self._stop)  # type: ignore[arg-type]
        except Exception as error:  # one connector's end is not the show's
            self._failures[label] = f"failed: {error}"
            log.warning("chat %s stopped: %s", label, error)

    @property
    def orders(self) -> int:
        return self.desk.orders if self.desk is not None else 0

    def status_line(self) -> str:
        """chat twitch:#shop connected · rehearsal 120 sent · 340 messages, 12 orders"""
        parts = [f"{label} {self._failures.get(label, connector.state)}" for label, connector in self._connectors]
        taken = self.desk.messages if self.desk is not None else 0
        lost = f", {self.unstored} NOT STORED (the log says why)" if self.unstored else ""
        return f"chat {' · '.join(parts)} · {taken} messages, {self.orders} orders{lost}"


def _label(spec: str) -> str:
    """The spec as the status line names it, without any user:password@ or ?query a user may have typed."""
    return re.sub(r"//[^/@]*@", "//", spec.split("?", 1)[0])
