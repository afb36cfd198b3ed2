"""Opening the studio's SQLite file and running write transactions on it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from studio.storage.migrations import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    The connection runs in autocommit mode (`isolation_level=None`): every write goes
    through `transaction()`, which says BEGIN IMMEDIATE itself, so a write never
    half-happens and two writers never interleave.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = NORMAL")
    db = Database(connection)
    migrate(db)
    return db


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock up front and rolls back on any error.

    Inside another one it joins it: the outer one commits or rolls back the whole (a chat
    message and the order it makes are stored together or not at all)."""
    if db.conn.in_transaction:
        yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row the INSERT on `cursor` just made (sqlite3 types it Optional)."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise RuntimeError("the statement made no row: it was not an INSERT")
    return row_id
