"""Forward-only schema migrations. Each is one SQL script, applied once, in order, atomically.

Never edit a migration that has shipped: add the next one. `schema_version` holds the
number of the last one applied.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlite_utils import Database

log = logging.getLogger(__name__)

MIGRATIONS: tuple[str, ...] = (
    # 1: the first catalog.
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        sku TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        price INTEGER NOT NULL CHECK (price >= 0),
        compare_at_price INTEGER CHECK (compare_at_price >= 0),
        currency TEXT NOT NULL,
        stock INTEGER CHECK (stock >= 0),
        image TEXT,
        checkout_url TEXT,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        option_names TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE variants (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        sku TEXT NOT NULL UNIQUE,
        option_values TEXT NOT NULL DEFAULT '[]',
        price INTEGER NOT NULL CHECK (price >= 0),
        compare_at_price INTEGER CHECK (compare_at_price >= 0),
        stock INTEGER CHECK (stock >= 0),
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX variants_product ON variants(product_id);
    """,
    # 2: full-text search, more images per product, and the shop's own status of a product.
    """
    ALTER TABLE products ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
    CREATE TABLE product_images (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        src TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 1,
        UNIQUE (product_id, src)
    );
    CREATE VIRTUAL TABLE products_fts USING fts5(
        title, description, sku, code,
        content='products', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_fts(rowid, title, description, sku, code)
        VALUES (new.id, new.title, new.description, new.sku, new.code);
    END;
    CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
        INSERT INTO products_fts(products_fts, rowid, title, description, sku, code)
        VALUES ('delete', old.id, old.title, old.description, old.sku, old.code);
    END;
    CREATE TRIGGER products_fts_update AFTER UPDATE ON products BEGIN
        INSERT INTO products_fts(products_fts, rowid, title, description, sku, code)
        VALUES ('delete', old.id, old.title, old.description, old.sku, old.code);
        INSERT INTO products_fts(rowid, title, description, sku, code)
        VALUES (new.id, new.title, new.description, new.sku, new.code);
    END;
    INSERT INTO products_fts(products_fts) VALUES ('rebuild');
    """,
    # 3: scenes, as ordered layers placed in fractions of the canvas (any output size fits).
    """
    CREATE TABLE scenes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE scene_layers (
        id INTEGER PRIMARY KEY,
        scene_id INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('source', 'overlay')),
        target TEXT NOT NULL,
        x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0,
        width REAL NOT NULL DEFAULT 1, height REAL NOT NULL DEFAULT 1,
        opacity REAL NOT NULL DEFAULT 1 CHECK (opacity BETWEEN 0 AND 1),
        visible INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX scene_layers_scene ON scene_layers(scene_id, position);
    """,
    # 4: shows, and the orders and waitlists made in them.
    """
    CREATE TABLE shows (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        started_at REAL NOT NULL,
        ended_at REAL
    );
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        buyer_platform TEXT NOT NULL,
        buyer_id TEXT NOT NULL,
        buyer_name TEXT NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        variant_id INTEGER REFERENCES variants(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
        currency TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('reserved', 'confirmed', 'paid', 'shipped', 'cancelled')),
        comment_key TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX orders_by_buyer ON orders(show_id, buyer_platform, buyer_id, comment_key, created_at);
    CREATE TABLE waitlist (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        buyer_platform TEXT NOT NULL,
        buyer_id TEXT NOT NULL,
        buyer_name TEXT NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        variant_id INTEGER REFERENCES variants(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        comment_key TEXT NOT NULL,
        created_at REAL NOT NULL,
        order_id INTEGER REFERENCES orders(id)
    );
    CREATE INDEX waitlist_by_item ON waitlist(product_id, variant_id, order_id, id);
    CREATE INDEX waitlist_by_buyer ON waitlist(show_id, buyer_platform, buyer_id, comment_key, created_at);
    """,
    # 5: chat messages, each with its show and what it was taken for.
    """
    CREATE TABLE chat_messages (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at REAL NOT NULL,
        badges TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('message', 'question', 'buy', 'flagged', 'hidden')),
        note TEXT,
        order_id INTEGER REFERENCES orders(id)
    );
    CREATE INDEX chat_messages_by_show ON chat_messages(show_id, id);
    """,
    # 6: flash sales: a temporary price that ends on time by itself.
    """
    CREATE TABLE flash_sales (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        price INTEGER NOT NULL CHECK (price >= 0),
        starts_at REAL NOT NULL,
        ends_at REAL NOT NULL CHECK (ends_at > starts_at)
    );
    CREATE INDEX flash_sales_by_product ON flash_sales(product_id, ends_at);
    """,
    # 7: polls and giveaways, one vote and one entry per viewer.
    """
    CREATE TABLE polls (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        question TEXT NOT NULL,
        options TEXT NOT NULL,
        closes_at REAL NOT NULL
    );
    CREATE TABLE poll_votes (
        poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        voter_id TEXT NOT NULL,
        option INTEGER NOT NULL,
        voted_at REAL NOT NULL,
        PRIMARY KEY (poll_id, platform, voter_id)
    );
    CREATE TABLE giveaways (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        keyword TEXT NOT NULL,
        closes_at REAL NOT NULL,
        seed TEXT,
        winner_platform TEXT,
        winner_id TEXT,
        winner_name TEXT
    );
    CREATE TABLE giveaway_entries (
        id INTEGER PRIMARY KEY,
        giveaway_id INTEGER NOT NULL REFERENCES giveaways(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        entrant_id TEXT NOT NULL,
        entrant_name TEXT NOT NULL,
        entered_at REAL NOT NULL,
        UNIQUE (giveaway_id, platform, entrant_id)
    );
    """,
    # 8: what the host did with a question: pinned, answered, dismissed or featured on stream.
    """
    ALTER TABLE chat_messages ADD COLUMN question_state TEXT
        CHECK (question_state IN ('open', 'pinned', 'answered', 'dismissed', 'featured'));
    UPDATE chat_messages SET question_state = 'open' WHERE kind = 'question';
    """,
    # 9: every change of an order's state, with its show and time.
    """
    CREATE TABLE order_events (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        show_id INTEGER NOT NULL REFERENCES shows(id),
        state TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX order_events_by_order ON order_events(order_id, id);
    INSERT INTO order_events (order_id, show_id, state, at) SELECT id, show_id, state, created_at FROM orders;
    """,
    # 10: the product pinned on stream in a show, so a running show follows what the host pins.
    """
    ALTER TABLE shows ADD COLUMN pinned_product_id INTEGER REFERENCES products(id) ON DELETE SET NULL;
    """,
    # 11: a giveaway's prize as the host names it, and when it was drawn (the stream shows the winner a while).
    """
    ALTER TABLE giveaways ADD COLUMN prize TEXT NOT NULL DEFAULT '';
    ALTER TABLE giveaways ADD COLUMN drawn_at REAL;
    """,
    # 12: each chat message's id on its platform, so a moderator's removal there hides it here.
    """
    ALTER TABLE chat_messages ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
    CREATE INDEX chat_messages_by_platform_id ON chat_messages(show_id, platform, message_id);
    """,
    # 13: destinations saved by name (the server address only: keys and tokens live in the system keyring).
    # name_key is the name case-folded, so "Shop" and "SHOP" (in any script) are the same destination.
    """
    CREATE TABLE destinations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('rtmp', 'whip')),
        url TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at REAL NOT NULL
    );
    """,
    # 14: carts (a buyer's orders in a show, with an id to quote), holds on unpaid orders, pre-orders,
    # a payment provider's link (or why there is none), and every change of a cart as an event the show tells its drivers.
    """
    CREATE TABLE carts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        buyer_platform TEXT NOT NULL,
        buyer_id TEXT NOT NULL,
        buyer_name TEXT NOT NULL,
        currency TEXT NOT NULL,
        discount TEXT NOT NULL DEFAULT '',
        shipping_fee INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
        free_shipping_over INTEGER CHECK (free_shipping_over >= 0),
        link_state TEXT NOT NULL DEFAULT 'none' CHECK (link_state IN ('none', 'asking', 'ready', 'failed')),
        link_url TEXT NOT NULL DEFAULT '',
        link_total INTEGER,
        link_note TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        UNIQUE (show_id, buyer_platform, buyer_id)
    );
    ALTER TABLE orders ADD COLUMN cart_id INTEGER REFERENCES carts(id);
    ALTER TABLE orders ADD COLUMN hold_until REAL;
    ALTER TABLE orders ADD COLUMN reminded_at REAL;
    ALTER TABLE orders ADD COLUMN preorder INTEGER NOT NULL DEFAULT 0 CHECK (preorder IN (0, 1));
    ALTER TABLE orders ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
    CREATE INDEX orders_by_cart ON orders(cart_id, id);
    CREATE INDEX orders_by_hold ON orders(state, hold_until);
    ALTER TABLE waitlist ADD COLUMN cart_id INTEGER REFERENCES carts(id);
    CREATE INDEX waitlist_by_cart ON waitlist(cart_id, order_id);
    ALTER TABLE products ADD COLUMN preorder_ships TEXT;
    ALTER TABLE products ADD COLUMN preorder_cap INTEGER CHECK (preorder_cap >= 0);
    CREATE TABLE cart_events (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        cart_id INTEGER NOT NULL REFERENCES carts(id),
        kind TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        waitlist_id INTEGER REFERENCES waitlist(id),
        note TEXT NOT NULL DEFAULT '',
        at REAL NOT NULL
    );
    CREATE INDEX cart_events_by_show ON cart_events(show_id, id);
    """,
    # 15: each time a product was pinned and for how long; the platforms' live viewer counts, polled
    # during a show; the show's orders and chat by time, for the report's per-minute timelines (the chat
    # index covers what they count: 100,000 messages read in a tenth of the time), chatters by author,
    # and a buyer's orders across shows (a first-time buyer never bought in an earlier one).
    # The code is kept as it was at pin time: a product renamed or deleted later still reads right.
    """
    CREATE TABLE pins (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
        code TEXT NOT NULL,
        pinned_at REAL NOT NULL,
        unpinned_at REAL
    );
    CREATE INDEX pins_by_show ON pins(show_id, pinned_at);
    CREATE TABLE viewer_samples (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id),
        platform TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('live', 'hidden', 'offline')),
        viewers INTEGER CHECK (viewers >= 0),  -- NULL unless live: the count is hidden, or nobody streams
        at REAL NOT NULL
    );
    CREATE INDEX viewer_samples_by_show ON viewer_samples(show_id, at);
    CREATE INDEX orders_by_show_time ON orders(show_id, created_at);
    CREATE INDEX chat_messages_by_show_time ON chat_messages(show_id, sent_at, kind, question_state);
    CREATE INDEX chat_messages_by_author ON chat_messages(show_id, platform, author_id);
    CREATE INDEX orders_by_buyer_across_shows ON orders(buyer_platform, buyer_id, show_id);
    """,
    # 16: every change to a question after it was asked (its state, a moderator hiding it, a buyer forgotten),
    # so a live panel reads only the questions that changed. Triggers keep it, whichever writer changed the row;
    # and the waitlist by order, to find the lines an order served.
    """
    CREATE TABLE question_events (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL,
        show_id INTEGER NOT NULL
    );
    CREATE TRIGGER question_changed AFTER UPDATE OF question_state, kind, author_name, text ON chat_messages
    WHEN OLD.question_state IS NOT NULL OR NEW.question_state IS NOT NULL BEGIN
        INSERT INTO question_events (message_id, show_id) VALUES (NEW.id, NEW.show_id);
    END;
    CREATE TRIGGER question_deleted AFTER DELETE ON chat_messages WHEN OLD.question_state IS NOT NULL BEGIN
        INSERT INTO question_events (message_id, show_id) VALUES (OLD.id, OLD.show_id);
    END;
    CREATE INDEX waitlist_by_order ON waitlist(order_id);
    """,
    # 17: why a chat message was flagged (or hidden), kept as its template and values (JSON) beside the English
    # note, so the window says it in its language; NULL for a note without one, and for rows from before.
    """
    ALTER TABLE chat_messages ADD COLUMN reason TEXT;
    """,
)

LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    if not db["schema_version"].exists():
        return 0
    row = db.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, target: int = LATEST_VERSION) -> int:
    """Apply every migration after the database's version, up to `target`. Returns the new version.

    A store already at `target` is only read: opening it never waits for another writer (the
    chat desk, an import). Otherwise the version is read again with the write lock held, so
    processes opening one store at once apply each migration once: whoever comes second finds
    it done."""
    if _version_to_migrate_from(db) >= target:
        return schema_version(db)
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = _version_to_migrate_from(db)
            if current >= target:
                db.execute("COMMIT")
                return current
            log.info("migrating the database to schema version %d", current + 1)
            _apply(db, current + 1, MIGRATIONS[current])
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _version_to_migrate_from(db: Database) -> int:
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise RuntimeError(
            f"the database is at schema version {current}, newer than this Vitrina "
            f"understands ({LATEST_VERSION}); upgrade Vitrina to open it"
        )
    return current


def _apply(db: Database, number: int, script: str) -> None:
    """Run one migration and record its number, inside the caller's transaction."""
    for statement in _statements(script):
        db.conn.execute(statement)
    db.conn.execute("DELETE FROM schema_version")
    db.conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


_BLANK = " \t\r\n;"


def _statements(script: str) -> list[str]:
    """The script's statements one by one (executescript() would commit the open transaction).

    sqlite3.complete_statement keeps a trigger's body and a ';' inside a string literal whole."""
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(_BLANK):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(_BLANK):
        statements.append(pending.strip())
    return statements

