"""Replies into a YouTube live chat (liveChatMessages.insert) against a local server answering
in the Data API's documented JSON, errors included: the body and token it takes, a refused
token, an ended chat, a refused text, a timeout, and a used-up quota that pauses the replies."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from studio.chat.youtube import YouTubeConnector
from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute
from studio.replies.pacer import PaceLimit
from studio.replies.platform_limits import ReplyLimits
from studio.replies.reply_worker import ReplyWorker
from studio.replies.results import Refused, Rejected, Retry, SendResult, Sent
from tests.studio.chat.test_irc import wait_for

FIXTURES = Path(__file__).parent / "fixtures"
CHAT = ReplyRoute("youtube", "CHAT1")
TOKEN = "ya29.test-token"


@dataclass(frozen=True)
class Answer:
    status: int
    fixture: str
    delay: float = 0.0


@dataclass(frozen=True)
class Insert:
    at: float
    query: dict[str, str]
    body: dict
    authorization: str


class LocalYouTube:
    """The API's liveChat/messages (list and insert) on 127.0.0.1, and a connector reading it,
    on a loop of their own thread. Inserts are answered from `answers` in turn, then 200."""

    def __init__(self, answers: list[Answer], token: str | None = TOKEN, reply_timeout: float = 10.0) -> None:
        self.inserts: list[Insert] = []
        self._answers = list(answers)
        self._token, self._reply_timeout = token, reply_timeout
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="local-youtube")
        self._thread.start()
        assert self._ready.wait(10)

    def reply(self, text: str) -> SendResult:
        return asyncio.run_coroutine_threadsafe(self.connector.reply(CHAT, text, ()), self.loop).result(30)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(15)

    def _serve(self) -> None:
        self.loop.run_until_complete(self._main())
        self.loop.close()

    async def _main(self) -> None:
        app = web.Application()
        app.router.add_get("/youtube/v3/liveChat/messages", self._list)
        app.router.add_post("/youtube/v3/liveChat/messages", self._insert)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        api = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/youtube/v3"  # type: ignore[union-attr]
        self.connector = YouTubeConnector("CHAT1", lambda message: None, token=self._token, api=api,
                                          reply_timeout=self._reply_timeout)
        self._stop = asyncio.Event()
        task = asyncio.ensure_future(self.connector.run(self._stop))
        while self.connector._http is None:
            await asyncio.sleep(0.01)
        self._ready.set()
        await self._stop.wait()
        await task
        await runner.cleanup()

    async def _list(self, request: web.Request) -> web.Response:
        return web.json_response({"kind": "youtube#liveChatMessageListResponse", "pollingIntervalMillis": 1000,
                                  "nextPageToken": "NEXT", "items": []})

    async def _insert(self, request: web.Request) -> web.Response:
        self.inserts.append(Insert(time.monotonic(), dict(request.query), await request.json(),
                                   request.headers.get("Authorization", "")))
        answer = self._answers.pop(0) if self._answers else Answer(200, "youtube_inserted.json")
        if answer.delay:
            await asyncio.sleep(answer.delay)
        body = json.loads((FIXTURES / answer.fixture).read_text(encoding="utf-8"))
        return web.json_response(body, status=answer.status)


def test_a_reply_is_inserted_with_the_documented_body_and_the_oauth_token():
    youtube = LocalYouTube([Answer(200, "youtube_inserted.json")])
    try:
        assert youtube.reply("@Ana reserved A2") == Sent()
    finally:
        youtube.close()
    (insert,) = youtube.inserts
    assert insert.query == {"part": "snippet"} and insert.authorization == f"Bearer {TOKEN}"
    assert insert.body == {"snippet": {"liveChatId": "CHAT1", "type": "textMessageEvent",
                                       "textMessageDetails": {"messageText": "@Ana reserved A2"}}}
    assert youtube.connector.replies_to(CHAT) and not youtube.connector.replies_to(ReplyRoute("youtube", "OTHER"))


def test_documented_errors_say_what_happens_next():
    youtube = LocalYouTube([Answer(401, "youtube_unauthorized.json"), Answer(403, "youtube_chat_ended.json"),
                            Answer(400, "youtube_text_invalid.json"), Answer(403, "youtube_quota.json"),
                            Answer(404, "youtube_not_found.json")])
    try:
        results = [youtube.reply(f"@Ana reply {index}") for index in range(5)]
    finally:
        youtube.close()
    refused, ended, rejected, quota, missing = results
    assert isinstance(refused, Refused) and refused.reason.startswith("YouTube refused the token (401)")
    assert ended == Refused("youtube: the live chat has ended")
    assert isinstance(rejected, Rejected) and "messageTextInvalid" in rejected.reason
    assert quota == Retry("the YouTube API quota for today is used up", 0.0, reached=True, until_quota=True)
    assert missing == Refused("youtube: no live chat with that id")
    assert TOKEN not in " ".join(str(result) for result in results)


def test_a_timeout_is_retried_and_counts_as_sent_for_the_pace():
    youtube = LocalYouTube([Answer(200, "youtube_inserted.json", delay=5.0)], reply_timeout=0.3)
    try:
        result = youtube.reply("@Ana reserved A2")
    finally:
        youtube.close()
    assert isinstance(result, Retry) and result.reached and "did not answer within 0.3 s" in result.reason


def test_an_api_key_alone_cannot_reply():
    youtube = LocalYouTube([], token=None)
    try:
        result = youtube.reply("@Ana reserved A2")
    finally:
        youtube.close()
    assert isinstance(result, Refused) and "OAuth token" in result.reason and youtube.inserts == []


def test_a_used_up_quota_pauses_the_replies_then_the_same_message_goes():
    youtube = LocalYouTube([Answer(403, "youtube_quota.json")])
    replies = ReplyWorker(lambda outgoing: youtube.reply(outgoing.text), "en_US",
                          ReplyLimits(youtube=PaceLimit(10, 1.0), quota_pause=3.0))
    replies.start()
    try:
        replies.tell(BuyerNotice(NoticeKind.SOLD_OUT, "Ana", CHAT, "A8"))
        assert wait_for(lambda: bool(replies.stats().problems), timeout=30)
        paused = replies.stats()
        assert wait_for(lambda: replies.stats().told == 1, timeout=30), replies.stats()
    finally:
        replies.stop()
        youtube.close()
    first, second = youtube.inserts
    assert second.at - first.at >= 3.0  # the pause was kept
    assert first.body == second.body and second.body["snippet"]["textMessageDetails"]["messageText"] == \
        "@Ana A8 is sold out"
    assert paused.problems == ("youtube CHAT1: the YouTube API quota for today is used up",) and paused.told == 0
    assert replies.stats().problems == ()  # over once a message went
    assert "replies: 0 told in 0 messages, 1 queued (youtube CHAT1: the YouTube API quota" in paused.text()
