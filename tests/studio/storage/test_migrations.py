from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio.catalog import list_products, search_products
from studio.storage import open_database
from studio.storage.database import Database
from studio.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version

ROOT = Path(__file__).resolve().parents[3]


def first_schema_database(path) -> None:
    """A database exactly as the first release wrote it, with a product in it."""
    connection = sqlite3.connect(path, isolation_level=None)
    db = Database(connection)
    migrate(db, target=1)
    db.execute(
        "INSERT INTO products (sku, title, description, price, currency, stock, code) "
        "VALUES ('OLD-1', 'Café Mug', 'From the first schema', 1500, 'EUR', 3, 'A1')"
    )
    db.execute(
        "INSERT INTO variants (product_id, sku, option_values, price, stock) VALUES (1, 'OLD-1-L', '[\"L\"]', 1500, 3)"
    )
    connection.close()


def test_a_new_database_is_at_the_latest_version_with_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert schema_version(db) == LATEST_VERSION == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.close()


def test_a_database_from_the_first_schema_opens_with_its_data_and_new_features(tmp_path):
    path = tmp_path / "old.db"
    first_schema_database(path)
    db = open_database(path)
    assert schema_version(db) == LATEST_VERSION
    [product] = list_products(db)
    assert (product.sku, product.title, product.price, product.code, product.status) == (
        "OLD-1", "Café Mug", 1500, "A1", "active"
    )
    assert [variant.sku for variant in product.variants] == ["OLD-1-L"]
    assert [found.sku for found in search_products(db, "cafe")] == ["OLD-1"]  # full-text search came later
    db.conn.close()


def test_opening_twice_migrates_once(tmp_path):
    path = tmp_path / "twice.db"
    open_database(path).conn.close()
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
    db.conn.close()


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path, monkeypatch):
    path = tmp_path / "broken.db"
    first_schema_database(path)
    monkeypatch.setattr(
        "studio.storage.migrations.MIGRATIONS", (MIGRATIONS[0], "ALTER TABLE products ADD COLUMN x TEXT; SELECT * FROM nowhere;")
    )
    with pytest.raises(sqlite3.OperationalError, match="nowhere"):
        migrate(Database(sqlite3.connect(path, isolation_level=None)), target=2)
    db = Database(sqlite3.connect(path, isolation_level=None))
    assert schema_version(db) == 1
    assert "x" not in db["products"].columns_dict
    assert db.execute("SELECT title FROM products").fetchone()[0] == "Café Mug"
    db.conn.close()


def test_a_migration_keeps_a_semicolon_inside_text_and_a_trigger_body_whole(tmp_path, monkeypatch):
    path = tmp_path / "semicolons.db"
    first_schema_database(path)
    monkeypatch.setattr("studio.storage.migrations.MIGRATIONS", (
        MIGRATIONS[0],
        """
        CREATE TABLE notes (text TEXT NOT NULL);
        CREATE TRIGGER notes_copy AFTER INSERT ON notes BEGIN
            INSERT INTO settings (key, value) VALUES (new.text, 'copied; once');
        END;
        INSERT INTO notes (text) VALUES ('a; b -- not a comment');
        """,
    ))
    db = Database(sqlite3.connect(path, isolation_level=None))
    assert migrate(db, target=2) == 2
    assert db.execute("SELECT key, value FROM settings").fetchall() == [("a; b -- not a comment", "copied; once")]
    db.conn.close()


def test_a_database_from_a_newer_vitrina_is_refused_not_damaged(tmp_path):
    path = tmp_path / "future.db"
    db = open_database(path)
    db.execute(f"UPDATE schema_version SET version = {LATEST_VERSION + 1}")
    db.conn.close()
    with pytest.raises(RuntimeError, match="newer than this Vitrina understands"):
        open_database(path)


OPEN_BEHIND_A_BARRIER = """
import sys
from studio.storage import open_database
from studio.storage.migrations import schema_version
print("ready", flush=True)
sys.stdin.readline()
db = open_database(sys.argv[1])
print(schema_version(db), flush=True)
db.conn.close()
"""


def test_four_processes_opening_an_old_store_at_once_migrate_it_once(tmp_path):
    path = tmp_path / "shared.db"
    first_schema_database(path)
    with sqlite3.connect(path) as connection:  # as every Vitrina left its store
        connection.execute("PRAGMA journal_mode = WAL")
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_BEHIND_A_BARRIER, str(path)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(4)
    ]
    try:
        assert [opener.stdout.readline() for opener in openers] == ["ready\n"] * 4
        for opener in openers:  # all four are waiting: let them go together
            opener.stdin.write("go\n")
            opener.stdin.close()
        outcomes = [(opener.wait(60), opener.stdout.read(), opener.stderr.read()) for opener in openers]
    finally:
        for opener in openers:
            if opener.poll() is None:
                opener.kill()
            opener.wait(10)
            opener.stdout.close()
            opener.stderr.close()
    assert outcomes == [(0, f"{LATEST_VERSION}\n", "")] * 4
    db = Database(sqlite3.connect(path, isolation_level=None))
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(LATEST_VERSION,)]
    assert [product.title for product in list_products(db)] == ["Café Mug"]
    db.conn.close()


def test_opening_a_migrated_store_never_waits_for_another_writer(tmp_path, monkeypatch):
    from studio.storage import database

    open_database(tmp_path / "held.db").conn.close()
    writer = open_database(tmp_path / "held.db")
    writer.execute("BEGIN IMMEDIATE")  # a long import holds the write lock
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    try:
        reader = open_database(tmp_path / "held.db")  # before the fix: "database is locked"
        assert reader.execute("SELECT count(*) FROM products").fetchone()[0] == 0
        reader.conn.close()
    finally:
        writer.execute("ROLLBACK")
        writer.conn.close()


def test_chat_flagged_before_reasons_were_kept_keeps_its_note_with_no_reason(tmp_path):
    from studio.commerce.chat_feed import chat_after

    path = tmp_path / "chat.db"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(Database(connection), target=16)
    connection.execute("INSERT INTO shows (id, started_at) VALUES (1, 0)")
    connection.execute("INSERT INTO chat_messages (show_id, platform, channel, author_id, author_name, text, sent_at, "
                       "kind, note) VALUES (1, 'twitch', '#shop', 'ana', 'Ana', 'sold A1', 1.0, 'flagged', 'which Size?')")
    connection.close()
    db = open_database(path)
    assert schema_version(db) == LATEST_VERSION
    assert db.execute("SELECT note, reason FROM chat_messages").fetchall() == [("which Size?", None)]
    [line] = chat_after(db, 1, 0, 10)[1]
    assert (line.note, line.reason) == ("which Size?", None)
    db.conn.close()
