"""Backpressure from the chat desk, through the real ingest WebSocket: a full queue makes the
connector wait for room, and past `room_wait` drops messages; either way it is counted and shown."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp

from media.health import Health, PartState
from studio.chat.floor_status import ChatStats
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


@dataclass(frozen=True)
class Flood:
    replies: list[dict]  # the ingest socket's, one a message
    held: ChatStats  # as the store was released
    after: ChatStats  # once the desk had taken every message it got
    status: str
    stored: list[str]  # message ids, in the order stored


def flood_a_held_desk(tmp_path, count: int, held: Callable[[ChatStats], bool], stored: int, **options) -> Flood:
    """`count` messages sent at once while another connection holds the write lock, released once `held`."""
    db, show = store_with_show(tmp_path)
    port = free_port()
    try:
        floor = ShopFloor(tmp_path / "vitrina.db", show, [f"ingest:{port}"], **options)
        with running_floor(floor):
            assert wait_for(lambda: floor.connectors()[0].health == Health(PartState.JOINED))  # the socket listens
            db.execute("BEGIN IMMEDIATE")  # the desk holds its first message; the rest fill the queue
            replies = asyncio.run(send_while_held(port, count, lambda: held(floor.stats), lambda: db.execute("COMMIT")))
            at_release = floor.stats
            assert wait_for(lambda: floor.stats.messages == stored)
            after, status = floor.stats, floor.status_line()
        ids = [message_id for (message_id,) in db.execute("SELECT message_id FROM chat_messages ORDER BY id")]
    finally:
        db.conn.close()
    return Flood(replies, at_release, after, status, ids)


def test_a_full_queue_makes_the_connector_wait_and_every_message_is_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", TOKEN)
    flood = flood_a_held_desk(tmp_path, 8, lambda stats: stats.waits > 0, stored=8, queue_bound=3, room_wait=60)
    assert flood.replies == [{"ok": True, "id": f"m{number}"} for number in range(8)]
    assert flood.stored == [f"m{number}" for number in range(8)]
    stats = flood.after
    assert stats.waits >= 1 and stats.waited_seconds > 0 and (stats.dropped, stats.unstored) == (0, 0)
    assert f"8 messages, {stats.orders} orders, {stats.waits} waited for room (" in flood.status


def test_past_its_wait_a_full_queue_drops_and_counts_every_message_it_cannot_take(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", TOKEN)
    flood = flood_a_held_desk(tmp_path, 10, lambda stats: stats.dropped == 7, stored=3, queue_bound=2, room_wait=0.2)
    # m3 waited its 0.2 s and was dropped; m4..m9 found the queue still full and were dropped without waiting
    # (m2 may have waited a moment too, for the desk to pick m0 up)
    assert flood.held.dropped == 7 and 1 <= flood.held.waits <= 2 and flood.held.waited_seconds >= 0.2
    assert flood.stored == ["m0", "m1", "m2"] and (flood.after.dropped, flood.after.unstored) == (7, 0)
    assert "7 DROPPED" in flood.status and "dropping chat messages until it has room" in caplog.text
