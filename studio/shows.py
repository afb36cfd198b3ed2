"""A show: one live session. Orders, messages and every other event belong to one."""

from __future__ import annotations

import time

from sqlite_utils import Database

from studio.storage import transaction


def start_show(db: Database, title: str = "", at: float | None = None) -> int:
    with transaction(db):
        cursor = db.execute("INSERT INTO shows (title, started_at) VALUES (?, ?)", (title, at or time.time()))
        return int(cursor.lastrowid)


def end_show(db: Database, show_id: int, at: float | None = None) -> None:
    with transaction(db):
        db.execute("UPDATE shows SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (at or time.time(), show_id))
