"""Opening the studio's store for a data dir: the database, migrated, with the demo catalog on first run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from studio.demo_catalog import ensure_demo_catalog
from studio.paths import Paths
from studio.scenes import ensure_demo_scenes
from studio.storage import open_database


def open_store(paths: Paths, seed_demo: bool = True) -> Database:
    paths.ensure()
    db = open_database(paths.database)
    ensure_demo_scenes(db)
    if seed_demo:
        ensure_demo_catalog(db, paths.images)
    return db


@contextmanager
def store_session(paths: Paths) -> Iterator[Database]:
    """The store for one command: opened (without seeding the demo catalog), then closed."""
    db = open_store(paths, seed_demo=False)
    try:
        yield db
    finally:
        db.conn.close()
