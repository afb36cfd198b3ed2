"""YouTube live chat against a local server answering in the Data API's documented JSON."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from aiohttp import web

from studio.chat.youtube import YouTubeConnector

FIXTURES = Path(__file__).parent / "fixtures"


def page(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


async def serve(handler):
    app = web.Application()
    app.router.add_get("/youtube/v3/liveChat/messages", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/youtube/v3"


def run_connector(handler, seconds: float, **options):
    received, requests = [], []

    async def recording(request: web.Request) -> web.Response:
        requests.append(dict(request.query) | {"auth": request.headers.get("Authorization", "")})
        return await handler(request)

    async def main() -> YouTubeConnector:
        runner, api = await serve(recording)
        connector = YouTubeConnector("CHAT1", received.append, api=api, **options)
        stop = asyncio.Event()
        task = asyncio.ensure_future(connector.run(stop))
        await asyncio.sleep(seconds)
        stop.set()
        await task
        await runner.cleanup()
        return connector

    connector = asyncio.run(main())
    return connector, received, requests


def test_pages_are_followed_at_the_api_pace_and_history_is_skipped():
    async def handler(request: web.Request) -> web.Response:
        token = request.query.get("pageToken")
        body = page("youtube_history.json") if token is None else page("youtube_page.json")
        if token == "GO2":
            body = {**body, "items": [], "nextPageToken": "GO3"}
        return web.json_response(body)

    connector, received, requests = run_connector(handler, 1.2, api_key="KEY123")
    assert [request.get("pageToken") for request in requests[:3]] == [None, "GO1", "GO2"]
    assert requests[0]["key"] == "KEY123" and requests[0]["liveChatId"] == "CHAT1"
    assert 3 <= len(requests) <= 6  # every 300 ms, as pollingIntervalMillis says
    texts = [message.text for message in received]
    assert texts == ["sold A2", "welcome everyone"]  # the old page and the Super Chat are not chat to take
    ana, mod = received
    assert (ana.author_id, ana.author_name, ana.badges) == ("UC_ana", "Ana Lima", {"subscriber"})
    assert ana.time == 1795410001.25 and mod.author_name == "Mod Squad" and mod.badges == {"moderator"}
    assert connector.state == "joined"


def test_a_spent_quota_is_named_and_not_retried():
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(page("youtube_quota.json"), status=403)

    connector, received, requests = run_connector(handler, 1.0, token="OAUTH")
    assert connector.state == "failed: youtube: the YouTube API quota for today is used up"
    assert len(requests) == 1 and requests[0]["auth"] == "Bearer OAUTH" and received == []


def test_a_deleted_message_and_a_banned_user_are_handed_on_as_removals():
    from studio.chat.removal import Removal

    async def handler(request: web.Request) -> web.Response:
        token = request.query.get("pageToken")
        if token is None:
            return web.json_response(page("youtube_history.json"))
        if token == "GO1":
            return web.json_response(page("youtube_moderation.json"))
        return web.json_response({**page("youtube_page.json"), "items": [], "nextPageToken": token})

    removals: list = []
    _, received, _ = run_connector(handler, 1.0, on_removed=removals.append)
    assert removals == [Removal("youtube", "CHAT1", message_id="m-1"), Removal("youtube", "CHAT1", user_id="UC_troll")]
    assert received == []  # "Troll was banned" is YouTube's notice, not a viewer's message


def test_answers_of_any_shape_are_survived_and_good_items_still_taken():
    strange_items = [["a list"], {"snippet": "a string"}, {"snippet": {"type": "textMessageEvent",
                     "textMessageDetails": {"messageText": 42}}, "authorDetails": {"channelId": 7, "displayName": None}},
                     {"snippet": {"type": "textMessageEvent", "publishedAt": "yesterday",
                                  "textMessageDetails": {"messageText": "sold A1"}},
                      "authorDetails": {"channelId": "UC_bea", "displayName": "Bea\\u202e"}}]
    answers = iter([
        (200, page("youtube_history.json")),
        (502, "<html>Bad gateway</html>"),
        (200, [1, 2, 3]),
        (200, {"items": strange_items, "nextPageToken": 5, "pollingIntervalMillis": "soon"}),
    ])

    async def handler(request: web.Request) -> web.Response:
        status, body = next(answers, (200, {"items": [], "nextPageToken": "END", "pollingIntervalMillis": 300}))
        if isinstance(body, str):
            return web.Response(status=status, text=body, content_type="text/html")
        return web.json_response(body, status=status)

    connector, received, requests = run_connector(handler, 7.5, api_key="KEY")
    assert [message.text for message in received] == ["sold A1"]
    assert received[0].author_id == "UC_bea" and received[0].time == 0.0
    assert connector.state == "joined" and len(requests) == 4  # then the default 5 s pace for "soon"


def test_a_chat_id_youtube_does_not_know_is_named_and_not_retried():
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(page("youtube_not_found.json"), status=404)

    connector, received, requests = run_connector(handler, 1.0, api_key="KEY")
    assert connector.state == "failed: youtube: no live chat with that id"
    assert len(requests) == 1 and received == []
