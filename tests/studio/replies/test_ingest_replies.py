"""The ingest socket's bridge gets the replies to the chats it brought, on the same WebSocket,
beside the acknowledgements; a hostile name comes back as plain text."""

from __future__ import annotations

import asyncio
import json
import re

import aiohttp

from tests.ngircd import free_port
from tests.studio.chat.floors import running_floor
from tests.studio.replies.floor_replies import floor_and_replies, joined

TOKEN = "bridge-secret"


async def bridge(port: int, messages: list[dict], replies_wanted: int) -> tuple[list[dict], list[dict]]:
    """Sends the messages; returns the acknowledgements and the first `replies_wanted` replies."""
    acks, replies = [], []
    async with aiohttp.ClientSession() as http, http.ws_connect(
            f"ws://127.0.0.1:{port}/chat", headers={"Authorization": f"Bearer {TOKEN}"}) as socket:
        for message in messages:
            await socket.send_str(json.dumps(message))
        while len(replies) < replies_wanted or len(acks) < len(messages):
            answer = await asyncio.wait_for(socket.receive_json(), timeout=60)
            (replies if "reply" in answer else acks).append(answer)
    return acks, replies


def test_the_bridge_that_brought_a_buy_comment_gets_its_reply(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", TOKEN)
    port = free_port()
    floor, replies = floor_and_replies(tmp_path, f"ingest:{port}")
    replies.start()
    try:
        with running_floor(floor):
            assert joined(floor)
            acks, said = asyncio.run(bridge(port, [
                {"platform": "tiktok", "channel": "shop", "author_id": "42", "author_name": "Ana\u202e\u200b",
                 "text": "sold A2", "id": "m1"},
                {"platform": "tiktok", "channel": "shop", "author_id": "43", "author_name": "Bia",
                 "text": "sold A9", "id": "m2"},  # which size?
            ], replies_wanted=2))
    finally:
        replies.stop()
    assert acks == [{"ok": True, "id": "m1"}, {"ok": True, "id": "m2"}]
    first, second = said
    assert re.match(r"@Ana reserved A2 · cart [A-Z2-9]{5} · total ", first["reply"]) and first["to"] == ["Ana"]
    assert (first["platform"], first["channel"]) == ("tiktok", "shop")
    assert second == {"reply": "@Bia which A9? S, M, L", "platform": "tiktok", "channel": "shop", "to": ["Bia"]}
