"""The store's settings: small key/value pairs kept in the database (never secrets)."""

from __future__ import annotations

from sqlite_utils import Database

from studio.storage import transaction

DEFAULT_CURRENCY = "USD"
DEFAULT_LOCALE = "en_US"


def get_setting(db: Database, key: str, default: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def store_currency(db: Database) -> str:
    return get_setting(db, "currency", DEFAULT_CURRENCY)


def store_locale(db: Database) -> str:
    return get_setting(db, "locale", DEFAULT_LOCALE)
