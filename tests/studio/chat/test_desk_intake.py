"""Backpressure from the chat desk, through the real ingest WebSocket: a full queue makes the
connector wait for room, and past `room_wait` drops messages; either way it is counted and shown."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from studio.chat.shop_floor import ShopFloor
from tests.rtmp_peer import free_port
from tests.studio.chat.floors import running_floor, store_with_show
from tests.studio.chat.test_irc import wait_for

TOKEN = "ingest-t0ken"


def said(number: int) -> str:
    return json.dumps({"platform": "tiktok", "author_id": f"u{number}", "author_name": "Ana", "text": "sold A2",
                       "id": f"m{number}"})


async def send_while_held(port: int, count: int, held, release) -> list[dict]:
    """Sends `count` messages at once, calls `release()` once `held()` is true, then reads every reply."""
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"ws://127.0.0.1:{port}/chat", headers={"Authorization": f"Bearer {TOKEN}"}) as socket:
            for number in range(count):
                await socket.send_str(said(number))
            for _ in range(400):
                if held():
                    break
                await asyncio.sleep(0.05)
            release()
            return [await socket.receive_json(timeout=30) for _ in range(count)]


def test_a_full_queue_makes_the_connector_wait_and_every_message_is_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", TOKEN)
    db, show = store_with_show(tmp_path)
    port = free_port()
    try:
        floor = ShopFloor(tmp_path / "vitrina.db", show, [f"ingest:{port}"], queue_bound=3, room_wait=60)
        with running_floor(floor):
            assert wait_for(lambda: "listening" in floor.connectors()[0].state)
            db.execute("BEGIN IMMEDIATE")  # the desk holds its first message; three more fill the queue
            replies = asyncio.run(send_while_held(port, 8, lambda: floor.stats.waits > 0, lambda: db.execute("COMMIT")))
            assert wait_for(lambda: floor.stats.messages == 8)
            stats, status = floor.stats, floor.status_line()
        stored = db.execute("SELECT message_id FROM chat_messages ORDER BY id").fetchall()
    finally:
        db.conn.close()
    assert replies == [{"ok": True, "id": f"m{number}"} for number in range(8)]
    assert stored == [(f"m{number}",) for number in range(8)]
    assert stats.waits >= 1 and stats.waited_seconds > 0 and (stats.dropped, stats.unstored) == (0, 0)
    assert f"8 messages, {stats.orders} orders, {stats.waits} waited for room (" in status


def test_past_its_wait_a_full_queue_drops_and_counts_every_message_it_cannot_take(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", TOKEN)
    db, show = store_with_show(tmp_path)
    port = free_port()
    try:
        floor = ShopFloor(tmp_path / "vitrina.db", show, [f"ingest:{port}"], queue_bound=2, room_wait=0.2)
        with running_floor(floor):
            assert wait_for(lambda: "listening" in floor.connectors()[0].state)
            db.execute("BEGIN IMMEDIATE")
            asyncio.run(send_while_held(port, 10, lambda: floor.stats.dropped == 7, lambda: db.execute("COMMIT")))
            held = floor.stats  # the lock is released, but what was dropped stays dropped
            assert wait_for(lambda: floor.stats.messages == 3)
            stats, status = floor.stats, floor.status_line()
        stored = db.execute("SELECT message_id FROM chat_messages ORDER BY id").fetchall()
    finally:
        db.conn.close()
    assert held.dropped == 7 and held.waits == 1  # one waited its 0.2 s; the six after it found the queue still full
    assert stored == [("m0",), ("m1",), ("m2",)] and (stats.dropped, stats.unstored) == (7, 0)
    assert "7 DROPPED" in status and "dropping chat messages until it has room" in caplog.text
