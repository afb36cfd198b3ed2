"""A rehearsal runs on a copy of the store taken when it starts (SQLite's backup API): its
orders, stock and chat stay in the copy, and its report can be read after it ends."""

from __future__ import annotations

import logging
import sqlite3

from studio.paths import Paths
from studio.storage import open_database

log = logging.getLogger(__name__)


def copy_for_rehearsal(paths: Paths) -> Paths:
    """Copies the real store (as it is now, consistently, while other connections write)
    over the last rehearsal's copy; returns the rehearsal's paths."""
    real = paths if not paths.rehearsal else Paths(paths.data_dir)
    rehearsal = real.for_rehearsal()
    source = open_database(real.database)  # migrated first, so the copy is too
    for leftover in (rehearsal.database, *(rehearsal.database.with_name(rehearsal.database.name + suffix)
                                           for suffix in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    target = sqlite3.connect(rehearsal.database)
    try:
        source.conn.backup(target)
    finally:
        target.close()
        source.conn.close()
    log.info("rehearsal: a copy of the store in %s", rehearsal.database.name)
    return rehearsal
