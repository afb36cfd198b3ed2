"""The viewer counts against local servers answering the platforms' documented JSON."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest
from aiohttp import web

from studio.analytics.viewer_poller import ViewerPoller
from studio.analytics.viewer_sources import (
    TwitchViewers,
    ViewerCountError,
    ViewerSpecError,
    YouTubeViewers,
    make_viewer_source,
    parse_viewer_spec,
)
from studio.analytics.viewers import ViewerState, current_viewers
from studio.storage import open_database
from tests.picture_server import PictureServer, picture_server_fixture  # noqa: F401  # the fixture
from tests.studio.analytics.show_builder import ShowBuilder

FIXTURES = Path(__file__).parent / "fixtures"


def answer(name: str, status: int = 200, seen: list[web.Request] | None = None):
    async def handler(request: web.Request) -> web.Response:
        if seen is not None:
            seen.append(request)
        return web.Response(status=status, text=(FIXTURES / name).read_text(), content_type="application/json")
    return handler


async def silent(_request: web.Request) -> web.Response:
    await asyncio.Event().wait()  # accepts, never answers (cancelled when the server stops)
    raise AssertionError("unreachable")


def test_youtube_says_how_many_watch_with_the_key_in_the_query(picture_server):
    seen: list[web.Request] = []
    server: PictureServer = picture_server({"/youtube/v3/videos": answer("youtube_videos_live.json", seen=seen)})
    sample = YouTubeViewers("dQw4w9WgXcQ", "KEY-1", None, api=server.url("/youtube/v3")).count()
    assert (sample.platform, sample.state, sample.viewers) == ("youtube", ViewerState.LIVE, 1234)
    assert dict(seen[0].query) == {"part": "liveStreamingDetails", "id": "dQw4w9WgXcQ", "key": "KEY-1"}


def test_youtube_with_a_hidden_count_is_live_without_a_number(picture_server):
    server = picture_server({"/v3/videos": answer("youtube_videos_hidden.json")})
    sample = YouTubeViewers("dQw4w9WgXcQ", None, "TOKEN", api=server.url("/v3")).count()
    assert (sample.state, sample.viewers) == (ViewerState.HIDDEN, None)


def test_an_ended_youtube_broadcast_is_offline_and_an_unknown_video_is_named(picture_server):
    server = picture_server({"/ended/videos": answer("youtube_videos_ended.json"),
                             "/none/videos": answer("youtube_videos_none.json")})
    sample = YouTubeViewers("dQw4w9WgXcQ", "KEY", None, api=server.url("/ended")).count()
    assert (sample.state, sample.viewers) == (ViewerState.OFFLINE, None)
    with pytest.raises(ViewerCountError, match="youtube: no video nope") as raised:
        YouTubeViewers("nope", "KEY", None, api=server.url("/none")).count()
    assert raised.value.permanent


def test_a_refused_youtube_key_is_named_without_the_key(picture_server):
    server = picture_server({"/v3/videos": answer("youtube_401.json", 401)})
    with pytest.raises(ViewerCountError) as raised:
        YouTubeViewers("dQw4w9WgXcQ", "SECRET-KEY", None, api=server.url("/v3")).count()
    assert raised.value.permanent and "refused (401): Request is missing required authentication" in str(raised.value)
    assert "SECRET-KEY" not in str(raised.value)


def test_twitch_sends_its_client_id_and_bearer_token_and_reads_viewer_count(picture_server):
    seen: list[web.Request] = []
    server = picture_server({"/helix/streams": answer("twitch_streams_live.json", seen=seen)})
    sample = TwitchViewers("MyShop", "client-9", "oauth:tok-3", api=server.url("/helix")).count()
    assert (sample.state, sample.viewers) == (ViewerState.LIVE, 78)
    request = seen[0]
    assert (request.query["user_login"], request.headers["Client-Id"], request.headers["Authorization"]) == (
        "myshop", "client-9", "Bearer tok-3")


def test_twitch_offline_is_an_empty_data_list(picture_server):
    server = picture_server({"/helix/streams": answer("twitch_streams_offline.json")})
    sample = TwitchViewers("myshop", "client-9", "tok", api=server.url("/helix")).count()
    assert (sample.state, sample.viewers) == (ViewerState.OFFLINE, None)


def test_twitch_401_is_for_good_and_a_silent_server_times_out(picture_server):
    server = picture_server({"/bad/streams": answer("twitch_401.json", 401), "/slow/streams": silent})
    with pytest.raises(ViewerCountError, match=r"twitch: refused \(401\): Invalid OAuth token; check the token") as refused:
        TwitchViewers("myshop", "client-9", "tok", api=server.url("/bad")).count()
    assert refused.value.permanent
    with pytest.raises(ViewerCountError, match=r"twitch: no answer within 0.3 s") as slow:
        TwitchViewers("myshop", "client-9", "tok", api=server.url("/slow"), timeout=0.3).count()
    assert not slow.value.permanent


def test_specs_are_checked_and_credentials_come_from_the_keyring(memory_keyring, monkeypatch):
    monkeypatch.delenv("VITRINA_TWITCH_CLIENT_ID", raising=False)
    for bad, words in (("vimeo:1", "use youtube:VIDEO_ID or twitch:LOGIN"), ("youtube:", "the live video's id"),
                       ("twitch:a/b", "the channel's login")):
        with pytest.raises(ViewerSpecError, match=words):
            parse_viewer_spec(bad)
    with pytest.raises(ViewerCountError, match="Helix needs a token and its Client-Id"):
        make_viewer_source("twitch:myshop").count()
    memory_keyring.set_password("vitrina", "twitch", "oauth:kept")
    memory_keyring.set_password("vitrina", "twitch-client-id", "client-kept")
    source = make_viewer_source("twitch:MyShop")
    assert isinstance(source, TwitchViewers) and source.login == "myshop"


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never came"
        threading.Event().wait(0.02)


def test_the_poller_stores_each_answer_and_goes_on_after_a_timeout(picture_server, db, tmp_path):
    answers = iter(["twitch_streams_live.json", "slow", "twitch_streams_offline.json"])

    async def handler(request: web.Request) -> web.StreamResponse:
        name = next(answers, "twitch_streams_offline.json")
        return await (silent(request) if name == "slow" else answer(name)(request))

    server = picture_server({"/helix/streams": handler})
    show = ShowBuilder(db, start=time.time()).open()
    source = TwitchViewers("myshop", "client-9", "tok", api=server.url("/helix"), timeout=0.3)
    poller = ViewerPoller(tmp_path / "vitrina.db", show.show_id, source, interval=0.01)
    poller.start()
    try:
        rows = lambda: db.execute("SELECT state, viewers FROM viewer_samples WHERE show_id = ? ORDER BY id",  # noqa: E731
                                  (show.show_id,)).fetchall()
        wait_for(lambda: len(rows()) >= 2)
    finally:
        poller.stop()
    assert rows()[:2] == [("live", 78), ("offline", None)]  # the timeout in between stored nothing
    assert current_viewers(db, show.show_id) is None  # Twitch's latest word: not live


def test_a_refused_token_stops_the_poller_with_the_reason(picture_server, db, tmp_path):
    server = picture_server({"/helix/streams": answer("twitch_401.json", 401)})
    show = ShowBuilder(db, start=time.time()).open()
    poller = ViewerPoller(tmp_path / "vitrina.db", show.show_id, TwitchViewers("myshop", "c", "t", api=server.url("/helix")),
                          interval=0.01)
    poller.start()
    try:
        wait_for(lambda: poller.health.failed)
    finally:
        poller.stop()
    assert "Invalid OAuth token" in poller.health.reason and server.requests["/helix/streams"] == 1
    assert open_database(tmp_path / "vitrina.db").execute("SELECT count(*) FROM viewer_samples").fetchone()[0] == 0
