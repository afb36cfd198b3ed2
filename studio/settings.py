"""The store's settings: small key/value pairs kept in the database (never secrets)."""

from __future__ import annotations

from sqlite_utils import Database

from studio.languages import SYSTEM_LANGUAGE
from studio.storage import transaction

DEFAULT_LOCALE = "en_US"
CURRENCY = "currency"
LOCALE = "locale"
WINDOW_LANGUAGE = "window_language"


def get_setting(db: Database, key: str, default: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def store_currency(db: Database) -> str | None:
    """The currency of the shop's prices, None until the shop says (no currency is ever guessed)."""
    return get_setting(db, CURRENCY, "") or None


def store_locale(db: Database) -> str:
    """How the show writes money and numbers, e.g. pt_BR."""
    return get_setting(db, LOCALE, DEFAULT_LOCALE)


def language_of(locale: str) -> str:
    """The language of a locale: pt_BR and pt-BR are pt."""
    return locale.replace("-", "_").split("_")[0].lower()


def window_language(db: Database) -> str:
    """The window's language: "system", or one of studio.languages.LANGUAGES (the stream follows the locale)."""
    return get_setting(db, WINDOW_LANGUAGE, SYSTEM_LANGUAGE)
