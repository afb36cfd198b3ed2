"""The show's chat as a whole: connectors side by side, one failing without the others."""

from __future__ import annotations

import socket

from media.health import PartState
from studio.chat.shop_floor import ShopFloor
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store
from tests.studio.chat.test_irc import wait_for


def test_a_connector_that_cannot_start_says_why_and_the_others_go_on(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", "t0ken")
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    db.conn.close()
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    floor = ShopFloor(tmp_path / "vitrina.db", show, [f"ingest:{port}", "rehearsal:50"])
    floor.start()
    try:
        wait_for(lambda: floor.stats.messages >= 20 and len(floor.connectors()) == 2
                 and floor.connectors()[0].state.startswith("failed"))
        status = floor.status_line()
        ingest = floor.connectors()[0]
    finally:
        floor.stop()
        taken.close()
    assert f"ingest:{port} failed: the ingest socket cannot listen on 127.0.0.1:{port}" in status
    assert "rehearsal:50 " in status and " sent" in status
    assert ingest.health is not None and ingest.health.state is PartState.FAILED
    assert floor.stats.messages >= 20 and floor.health.state is PartState.STOPPED
    assert "t0ken" not in status


def test_the_status_line_never_shows_a_password_typed_into_a_spec(tmp_path):
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    db.conn.close()
    floor = ShopFloor(tmp_path / "vitrina.db", show, ["irc://bot:hunter2@127.0.0.1:1/#shop"])
    floor.start()
    try:
        wait_for(lambda: floor.connectors())
        status = floor.status_line()
    finally:
        floor.stop()
    assert "hunter2" not in status and "irc://127.0.0.1:1/#shop" in status


def test_a_store_held_by_another_writer_is_waited_for_and_no_message_is_lost(tmp_path, monkeypatch, caplog):
    from studio.chat import desk_worker
    from studio.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(desk_worker, "STORE_RETRY_SECONDS", (0.2, 0.4, 0.8, 1.6, 3.2))
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    floor = ShopFloor(tmp_path / "vitrina.db", show, ["rehearsal:100"])
    db.execute("BEGIN IMMEDIATE")  # an import or a VACUUM holding the write lock
    floor.start()
    try:
        assert wait_for(lambda: "the store is busy" in caplog.text)  # the desk is waiting it out
        held = floor.stats
        db.execute("COMMIT")
        assert wait_for(lambda: floor.stats.messages > held.messages + held.queued + 20)
    finally:
        if db.conn.in_transaction:
            db.execute("COMMIT")
        floor.stop()
    stored = db.execute("SELECT count(*) FROM chat_messages").fetchone()[0]
    db.conn.close()
    assert held.messages == 0 and floor.stats.unstored == 0 and floor.stats.dropped == 0
    assert stored == floor.stats.messages


def test_a_message_that_trips_a_bug_is_counted_and_the_chat_goes_on(tmp_path, monkeypatch, caplog):
    from studio.chat.desk import ChatDesk

    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    db.conn.close()
    original = ChatDesk.take

    def buggy(desk, message):
        if "?" in message.text:  # questions trip a bug that stands in for any
            raise RuntimeError("a bug")
        return original(desk, message)

    monkeypatch.setattr(ChatDesk, "take", buggy)
    floor = ShopFloor(tmp_path / "vitrina.db", show, ["rehearsal:200"])
    floor.start()
    wait_for(lambda: floor.stats.unstored > 0 and floor.stats.messages > 50)
    floor.stop()
    assert floor.stats.unstored > 0 and floor.stats.messages > 50
    assert "NOT STORED" in floor.status_line() and "a rehearsal chat message could not be taken" in caplog.text


def test_start_returns_at_once_and_the_floor_is_starting_until_the_desk_has_read_the_catalog(tmp_path, monkeypatch):
    import threading

    from studio.catalog import list_products
    from studio.chat import desk

    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    db.conn.close()
    release = threading.Event()

    def slow_catalog(store):  # a 50,000-product catalog, as long as the test likes
        release.wait(30)
        return list_products(store)

    monkeypatch.setattr(desk, "list_products", slow_catalog)
    floor = ShopFloor(tmp_path / "vitrina.db", show, ["rehearsal:50"])
    floor.start()  # returns with the desk still reading
    try:
        starting, status = floor.health.state, floor.status_line()
        release.set()
        assert wait_for(lambda: floor.stats.messages > 0)
        running = floor.health.state
    finally:
        release.set()
        floor.stop()
    assert starting is PartState.STARTING and status == "chat starting · 0 messages, 0 orders"
    assert running is PartState.RUNNING and floor.health.state is PartState.STOPPED


def test_a_store_that_cannot_be_opened_fails_the_floor_with_the_reason(tmp_path):
    import threading

    failed = threading.Event()
    floor = ShopFloor(tmp_path, 1, ["rehearsal:50"])  # a folder, not a database file
    floor.watch(lambda _part, health: health.failed and failed.set())
    floor.start()
    try:
        assert failed.wait(10)
        status = floor.status_line()
    finally:
        floor.stop()
    assert floor.health.state is PartState.FAILED and not floor.running
    assert floor.health.reason == f"the chat desk failed: cannot open the store {tmp_path}: unable to open database file"
    assert status == f"chat failed: {floor.health.reason} · 0 messages, 0 orders"


def test_a_floor_whose_every_connector_has_ended_fails_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", "t0ken")
    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    db.conn.close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        floor = ShopFloor(tmp_path / "vitrina.db", show, [f"ingest:{port}"])
        floor.start()
        try:
            assert wait_for(lambda: floor.health.failed)
        finally:
            floor.stop()
    assert floor.health.reason.startswith(f"every chat connector has stopped: ingest:{port} failed: "
                                          f"the ingest socket cannot listen on 127.0.0.1:{port}")
