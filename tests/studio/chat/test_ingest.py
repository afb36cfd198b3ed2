"""The ingest socket with a real WebSocket client (aiohttp's)."""

from __future__ import annotations

import asyncio
import json

import aiohttp
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studio.chat.ingest import IngestError, IngestServer, parse_ingest

TOKEN = "ingest-secret"


def session(script):
    received = []

    async def main():
        server = IngestServer(received.append, TOKEN, port=0)
        stop = asyncio.Event()
        task = asyncio.ensure_future(server.run(stop))
        while server.port == 0:
            await asyncio.sleep(0.01)
        async with aiohttp.ClientSession() as http:
            result = await script(http, f"ws://127.0.0.1:{server.port}/chat")
        stop.set()
        await task
        return result

    return asyncio.run(main()), received


def test_messages_are_acknowledged_and_bad_ones_answered_without_dropping_the_connection():
    async def script(http, url):
        replies = []
        async with http.ws_connect(url, headers={"Authorization": f"Bearer {TOKEN}"}) as socket:
            for payload in ('{"platform": "TikTok", "author_id": "42", "author_name": "Ana", "text": "sold A1", "id": "m1", '
                            '"badges": ["moderator", "king"]}',
                            "{not json", '{"platform": "tiktok", "author_id": "42", "author_name": "Ana"}', "[1, 2]",
                            '{"platform": "x", "author_id": "7", "author_name": "Bea\\u0007", "text": "hi", "time": "now"}',
                            '{"platform": "x", "author_id": "7", "author_name": "Bea", "text": "still here"}'):
                await socket.send_str(payload)
                replies.append(await socket.receive_json())
        return replies

    replies, received = session(script)
    assert replies[0] == {"ok": True, "id": "m1"}
    assert replies[1]["ok"] is False and replies[1]["error"].startswith("not JSON")
    assert replies[2] == {"ok": False, "error": "'text' is missing or not text"}
    assert replies[3] == {"ok": False, "error": "a message is a JSON object"}
    assert replies[4] == {"ok": False, "error": "'time' is seconds since 1970, a number"}
    assert replies[5]["ok"] is True  # the connection survived the bad ones
    assert [(m.platform, m.author_name, m.text, m.badges) for m in received] == [
        ("tiktok", "Ana", "sold A1", {"moderator"}), ("x", "Bea", "still here", frozenset())]


def test_a_wrong_token_is_refused():
    async def script(http, url):
        try:
            async with http.ws_connect(url + "?token=wrong"):
                return "connected"
        except aiohttp.WSServerHandshakeError as error:
            return error.status

    status, received = session(script)
    assert status == 401 and received == []


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                        max_size=6), max_leaves=20)


@given(st.one_of(st.text(max_size=300), json_values.map(json.dumps),
                 st.dictionaries(st.sampled_from(["platform", "author_id", "author_name", "text", "time", "badges",
                                                  "channel", "id"]), json_values).map(json.dumps)))
@example("[" * 50_000)
@example('{"platform": "x", "author_id": "1", "author_name": "a", "text": "\\u0007\\u202e"}')
@example('{"platform": "x", "author_id": "1", "author_name": "a", "text": "t", "time": NaN}')
@example('{"platform": "x", "author_id": "1", "author_name": "a", "text": "t", "time": 1e400}')
@settings(max_examples=300, deadline=None)
def test_any_text_is_a_message_or_a_named_error(raw):
    try:
        message = parse_ingest(raw)
    except IngestError as error:
        assert str(error)
        return
    assert message.text and "\n" not in message.text and 0 <= message.time < 2**33
