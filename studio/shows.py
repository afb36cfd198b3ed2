"""A show: one live session. Orders, messages and every other event belong to one; the
product pinned on stream is part of it, so any process (the window, `vitrina pin`) can pin
and a running show follows."""

from __future__ import annotations

import time

from sqlite_utils import Database

from studio.storage import inserted_id, transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal


class ShowError(Refusal):
    pass


def start_show(db: Database, title: str = "", at: float | None = None) -> int:
    with transaction(db):
        cursor = db.execute("INSERT INTO shows (title, started_at) VALUES (?, ?)", (title, at or time.time()))
        return inserted_id(cursor)


def end_show(db: Database, show_id: int, at: float | None = None) -> None:
    """Marks the end; a product still pinned is taken down at the same moment (for the pin's time)."""
    moment = at or time.time()
    with transaction(db):
        if db.execute("UPDATE shows SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (moment, show_id)).rowcount:
            _close_pin(db, show_id, moment)


def resolve_show(db: Database, which: str) -> int:
    """`last` (the newest show) or a show's id, as the user typed it after --show."""
    if which == "last":
        row = db.execute("SELECT max(id) FROM shows").fetchone()
        if row[0] is None:
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "--show last: there has been no show yet (start one with `vitrina run`)"))
        return int(row[0])
    if not which.isdigit() or db.execute("SELECT 1 FROM shows WHERE id = ?", (int(which),)).fetchone() is None:
        raise ShowError(QT_TRANSLATE_NOOP("Refusals", "--show %1: no such show"), which)
    return int(which)


def pin_product(db: Database, show_id: int, product_id: int | None, at: float | None = None) -> None:
    """Pins `product_id` on stream in the show (None unpins). Each pin is kept with the moments
    it went up and came down, so the report can tell what sold while it was up; pinning the
    product already pinned changes nothing."""
    moment = time.time() if at is None else at
    with transaction(db):
        if pinned_product_id(db, show_id) == product_id:
            return
        db.execute("UPDATE shows SET pinned_product_id = ? WHERE id = ?", (product_id, show_id))
        _close_pin(db, show_id, moment)
        if product_id is not None:
            db.execute("INSERT INTO pins (show_id, product_id, code, pinned_at) "
                       "SELECT ?, id, code, ? FROM products WHERE id = ?", (show_id, moment, product_id))


def _close_pin(db: Database, show_id: int, moment: float) -> None:
    db.execute("UPDATE pins SET unpinned_at = max(pinned_at, ?) WHERE show_id = ? AND unpinned_at IS NULL",
               (moment, show_id))


def pinned_product_id(db: Database, show_id: int) -> int | None:
    row = db.execute("SELECT pinned_product_id FROM shows WHERE id = ?", (show_id,)).fetchone()
    return row[0] if row else None
