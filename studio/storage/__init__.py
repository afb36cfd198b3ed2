"""The studio's storage wing: one SQLite file, opened with WAL and foreign keys, migrated forward."""

from studio.storage.database import Database, inserted_id, open_database, transaction

__all__ = ["Database", "inserted_id", "open_database", "transaction"]
