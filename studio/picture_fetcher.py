"""Fetches the web pictures of the catalog's products in the background, one at a time, on a
thread and connection of its own, and points each product at its local file (through the
catalog's one way of writing products, so the card and the list follow).

It looks again when the catalog's version moves (an import), when nudged, and when a retry is
due. A picture that could not be had keeps the placeholder and is tried again on the one
reconnect schedule (media/backoff.py): offline, nothing spins. One that can never be used (not
http or https, too large, not a picture) is said once and left alone."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from media.backoff import retry_delay
from media.health import Health, PartState, retrying
from media.worker import Worker
from studio.catalog import catalog_version, update_product
from studio.product_pictures import Limits, PictureError, fetch_picture_async, is_address
from studio.storage import open_database

log = logging.getLogger(__name__)

LOOK_SECONDS = 2.0  # how often the catalog's version is read


@dataclass(frozen=True)
class PictureProgress:
    done: int  # web pictures now on disk, of those seen since the fetcher started
    total: int
    waiting: int  # failed for now, to be tried again
    refused: int  # never to be used

    @property
    def finished(self) -> bool:
        return self.done + self.refused >= self.total


@dataclass(frozen=True)
class _Retry:
    attempt: int
    due: float  # time.monotonic()
    reason: str


class PictureFetcher(Worker):
    thread_name = "picture-fetcher"

    def __init__(self, database: Path, images: Path, on_progress: Callable[[PictureProgress], None] | None = None,
                 limits: Limits = Limits()) -> None:
        super().__init__()
        self._database, self._images, self._limits = database, images, limits
        self._on_progress = on_progress or (lambda _progress: None)
        self._nudged = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Path] | None = None
        self._seen: set[str] = set()
        self._done: set[str] = set()
        self._refused: set[str] = set()
        self._retries: dict[str, _Retry] = {}

    def nudge(self) -> None:
        """Look at the catalog now (after an import, say)."""
        self._nudged.set()

    def _wake(self) -> None:
        self._nudged.set()
        loop, task = self._loop, self._task
        if loop is not None and task is not None:
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # the loop has just closed: nothing is in flight
                pass

    def _run(self) -> None:
        db = open_database(self._database)
        self._loop = asyncio.new_event_loop()
        self._set_health(Health(PartState.RUNNING))
        seen_version: int | None = None
        try:
            while not self._should_stop():
                version = catalog_version(db)
                if version != seen_version or self._nudged.is_set() or self._retry_due():
                    self._nudged.clear()
                    self._fetch_all(db)
                    seen_version = catalog_version(db)  # its own writes are no reason to look again
                self._nudged.wait(self._pause())
        finally:
            self._loop.close()
            db.conn.close()

    def _pause(self) -> float:
        due = [retry.due - time.monotonic() for retry in self._retries.values()]
        return max(0.05, min([LOOK_SECONDS, *due]))

    def _retry_due(self) -> bool:
        moment = time.monotonic()
        return any(retry.due <= moment for retry in self._retries.values())

    def _fetch_all(self, db: Database) -> None:
        wanted = web_pictures(db)
        self._seen.update(address for _, address in wanted)
        self._report()
        for product_id, address in wanted:
            if self._should_stop():
                return
            retry = self._retries.get(address)
            if address in self._refused or (retry is not None and retry.due > time.monotonic()):
                continue
            try:
                path = self._fetch(address)
            except PictureError as error:
                self._failed(address, error)
            else:
                self._retries.pop(address, None)
                self._done.add(address)
                use_picture(db, product_id, address, path)
                self._set_health(Health(PartState.RUNNING))
            self._report()

    def _fetch(self, address: str) -> Path:
        assert self._loop is not None
        self._task = self._loop.create_task(fetch_picture_async(address, self._images, self._limits))
        try:
            return self._loop.run_until_complete(self._task)
        except asyncio.CancelledError as error:
            raise PictureError("stopped", retry=True) from error
        finally:
            self._task = None

    def _failed(self, address: str, error: PictureError) -> None:
        if self._should_stop():
            return
        if not error.retry:
            log.warning("picture not used: %s", error.reason)
            self._refused.add(address)
            return
        previous = self._retries.get(address)
        attempt = previous.attempt + 1 if previous else 1
        delay = retry_delay(attempt)
        if previous is None or previous.reason != error.reason:
            log.warning("picture not fetched, trying again later: %s", error.reason)
        self._retries[address] = _Retry(attempt, time.monotonic() + delay, error.reason)
        self._set_health(retrying(error.reason, attempt, delay))

    def _report(self) -> None:
        self._on_progress(PictureProgress(len(self._done), len(self._seen),
                                          len(self._retries.keys() - self._done), len(self._refused)))


def use_picture(db: Database, product_id: int, address: str, path: Path) -> None:
    """The product shows the local file from now on, unless its picture changed meanwhile (the
    address stays among its pictures: a new import of the same address finds the file)."""
    update_product(db, product_id, lambda product: replace(product, image=str(path)) if product.image == address
                   else product)


def web_pictures(db: Database) -> list[tuple[int, str]]:
    """(product id, address) of the products whose picture is still an address, in catalog order."""
    rows = db.execute("SELECT id, image FROM products WHERE instr(image, ':') > 2 ORDER BY id").fetchall()
    return [(product_id, image) for product_id, image in rows if is_address(image)]
