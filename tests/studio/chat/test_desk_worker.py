"""The chat desk on its own thread: a busy store or a big catalog reload never keeps the
connectors' loop from answering PINGs and reading, and what was held is stored once."""

from __future__ import annotations

import threading

from studio.catalog import Product, list_products, save_products
from studio.chat.shop_floor import ShopFloor
from studio.paths import resolve_paths
from studio.store import open_store
from tests.studio.chat.floors import privmsg, running_floor, store_with_show
from tests.studio.chat.test_irc import wait_for


def test_a_held_store_never_keeps_irc_from_answering_ping_and_reading(tmp_path, irc_server):
    db, show = store_with_show(tmp_path)
    try:
        with running_floor(ShopFloor(tmp_path / "vitrina.db", show, [irc_server.url()])) as floor:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            db.execute("BEGIN IMMEDIATE")  # an import or a VACUUM holding the write lock
            try:
                irc_server.send(*(privmsg(number, "sold A2") for number in range(5)))
                assert wait_for(lambda: floor.stats.queued == 4)  # the first in the desk's hands, waiting on the lock
                irc_server.send("PING :while-held")
                assert wait_for(lambda: "PONG :while-held" in irc_server.received)
                irc_server.send(*(privmsg(number, "hello") for number in range(5, 10)), "PING :still-held")
                assert wait_for(lambda: "PONG :still-held" in irc_server.received)
                held = floor.stats
            finally:
                db.execute("COMMIT")
            assert wait_for(lambda: floor.stats.messages == 10)
            after = floor.stats
        rows = db.execute("SELECT message_id, kind FROM chat_messages ORDER BY id").fetchall()
    finally:
        db.conn.close()
    assert (held.messages, held.queued) == (0, 9)  # read while held, nothing stored
    assert rows == [(f"m{number}", "buy" if number < 5 else "message") for number in range(10)]  # each once, in order
    assert (after.orders, after.unstored, after.dropped, after.queued) == (5, 0, 0, 0)


def test_a_big_catalog_reload_never_delays_a_ping_reply(tmp_path, irc_server, monkeypatch):
    from studio.chat import desk

    db, show = store_with_show(tmp_path)
    save_products(db, [Product(f"BULK-{number}", f"Mug {number}", 1200, "EUR", f"M{number}", stock=5)
                       for number in range(20_000)])
    reloading, release = threading.Event(), threading.Event()

    def held_reload(store):
        """The real reload, held open while the test looks at the loop."""
        reloading.set()
        release.wait(30)
        return list_products(store)

    try:
        with running_floor(ShopFloor(tmp_path / "vitrina.db", show, [irc_server.url()])) as floor:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            monkeypatch.setattr(desk, "list_products", held_reload)
            other = open_store(resolve_paths(tmp_path), seed_demo=False)
            save_products(other, [Product("NEW-1", "New mug", 990, "EUR", "Z9", stock=3)])
            other.conn.close()
            try:
                assert reloading.wait(10), "the desk never noticed the new catalog"
                irc_server.send(privmsg(1, "sold Z9"), "PING :mid-reload")
                assert wait_for(lambda: "PONG :mid-reload" in irc_server.received)
                during = floor.stats
            finally:
                release.set()
            assert wait_for(lambda: floor.stats.messages == 1, 30)
            after = floor.stats
        order = db.execute("SELECT products.code FROM orders JOIN products ON products.id = orders.product_id").fetchall()
    finally:
        db.conn.close()
    assert (during.messages, during.queued) == (0, 1)
    assert after.orders == 1 and order == [("Z9",)]  # the reloaded catalog, 20,001 products, knew Z9


def test_a_moderators_removal_follows_the_message_it_removes(tmp_path, irc_server):
    db, show = store_with_show(tmp_path)
    try:
        with running_floor(ShopFloor(tmp_path / "vitrina.db", show, [irc_server.url()])) as floor:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            irc_server.send(privmsg(1, "buy my followers"), "@target-msg-id=m1 :tmi.example CLEARMSG #shop :buy my followers",
                            privmsg(2, "hello"))
            assert wait_for(lambda: floor.stats.messages == 2 and floor.stats.queued == 0)
        kinds = db.execute("SELECT message_id, kind, note FROM chat_messages ORDER BY id").fetchall()
    finally:
        db.conn.close()
    assert kinds == [("m1", "hidden", "removed by a moderator"), ("m2", "message", None)]


def test_each_taken_message_is_told_after_it_is_stored(tmp_path, irc_server):
    db, show = store_with_show(tmp_path)
    told: list[tuple[str, int, int | None, int]] = []

    def on_taken(kind: str, message_id: int, order_id: int | None) -> None:
        stored = db.execute("SELECT count(*) FROM chat_messages WHERE id = ?", (message_id,)).fetchone()[0]
        told.append((kind, message_id, order_id, stored))

    try:
        floor = ShopFloor(tmp_path / "vitrina.db", show, [irc_server.url()], on_taken=on_taken)
        with running_floor(floor):
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            irc_server.send(privmsg(1, "sold A2"), privmsg(2, "is A1 see-through?"), privmsg(3, "sold Q404"),
                            privmsg(4, "hi from Lisbon!"))
            assert wait_for(lambda: len(told) == 4)
        rows = db.execute("SELECT kind, id, order_id, 1 FROM chat_messages ORDER BY id").fetchall()
    finally:
        db.conn.close()
    assert told == rows  # seen by another connection when told: committed
    assert [kind for kind, *_ in told] == ["buy", "question", "flagged", "message"]
    assert told[0][2] is not None and [order for _, _, order, _ in told[1:]] == [None, None, None]
