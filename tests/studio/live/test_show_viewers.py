"""A show reads the live viewer count where the shop connected it, from the start, and stops at its end."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from aiohttp import web

from media.health import PartState
from studio.analytics.viewers import current_viewers
from studio.live.events import PartChanged, PartRole
from studio.live.settings import ShowSettingError
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.settings import set_setting
from studio.show_defaults import read_show_defaults
from studio.store import store_session
from tests.picture_server import picture_server_fixture  # noqa: F401  # the fixture
from tests.studio.live.test_show import SETTINGS, Events

FIXTURES = Path(__file__).parents[1] / "analytics" / "fixtures"


async def live_stream(_request: web.Request) -> web.Response:
    return web.Response(text=(FIXTURES / "twitch_streams_live.json").read_text(), content_type="application/json")


def test_the_stores_viewers_setting_is_polled_while_the_show_runs(data_dir, picture_server, memory_keyring, monkeypatch):
    server = picture_server({"/helix/streams": live_stream})
    monkeypatch.setenv("VITRINA_TWITCH_API", server.url("/helix"))
    monkeypatch.setenv("VITRINA_TWITCH_TOKEN", "tok")
    monkeypatch.setenv("VITRINA_TWITCH_CLIENT_ID", "client")
    paths = Paths(data_dir)
    with store_session(paths) as db:
        set_setting(db, "viewers", "twitch:myshop")
    show = LiveShow(paths, replace(SETTINGS, viewers=read_show_defaults(paths).viewers))  # as the window opens one
    events = Events()
    show.subscribe(events)
    try:
        show_id = show.open()
        running = events.wait_for(lambda e: isinstance(e, PartChanged) and e.role is PartRole.VIEWERS
                                  and e.health.state is PartState.RUNNING)
        assert running.name == "twitch viewers"
    finally:
        show.close()
    with store_session(paths) as db:
        assert current_viewers(db, show_id) == 78


def test_a_bad_viewers_spec_is_named_before_anything_starts(data_dir):
    with pytest.raises(ShowSettingError, match="--viewers vimeo:1: use youtube:VIDEO_ID or twitch:LOGIN"):
        LiveShow(Paths(data_dir), replace(SETTINGS, viewers=("vimeo:1",)))
