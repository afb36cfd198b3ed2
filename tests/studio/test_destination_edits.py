"""Editing a saved destination (the Settings dialog's Edit…) and the platforms' presets it starts from."""

from __future__ import annotations

import pytest

from studio.destination_presets import PRESETS, Platform, preset_for
from studio.destinations import (
    DestinationError,
    DestinationKind,
    check_url,
    find_destination,
    list_destinations,
    save_destination,
    update_destination,
)
from studio.secrets import SERVICE

KEY = "live-7f3a-9c1e-secret"
TWITCH = "rtmp://live.twitch.tv/app"

pytestmark = pytest.mark.usefixtures("no_destination_keys")


def test_every_preset_address_is_one_a_destination_takes():
    for preset in PRESETS:
        if preset.server_url:
            assert check_url(preset.server_url) == (preset.kind, preset.server_url)
    assert {preset.platform for preset in PRESETS} == set(Platform)
    assert preset_for("rtmps://a.rtmps.youtube.com:443/live2/").platform is Platform.YOUTUBE
    assert preset_for("rtmp://push.tiktokcdn.example/stage").platform is Platform.CUSTOM_RTMP
    assert preset_for("https://whip.example/x").platform is Platform.WHIP


def test_a_rename_moves_the_key_and_a_new_key_replaces_it(db, memory_keyring):
    save_destination(db, "twitch", TWITCH, KEY)
    saved = update_destination(db, "TWITCH", "Twitch main", TWITCH + "/", None)
    assert saved.notice is None and [each.name for each in list_destinations(db)] == ["Twitch main"]
    assert memory_keyring.entries == {(SERVICE, "destination:Twitch main"): KEY}
    update_destination(db, "twitch main", "Twitch main", "rtmps://live.twitch.tv:443/app", "new-key")
    found = find_destination(db, "Twitch main")
    assert found is not None and found.url == "rtmps://live.twitch.tv:443/app" and found.kind is DestinationKind.RTMP
    assert memory_keyring.entries == {(SERVICE, "destination:Twitch main"): "new-key"}


def test_an_edit_that_cannot_be_is_refused_and_nothing_changes(db, memory_keyring):
    save_destination(db, "twitch", TWITCH, KEY)
    save_destination(db, "youtube", "rtmp://a.rtmp.youtube.com/live2", "yt")
    before = list_destinations(db)
    with pytest.raises(DestinationError, match="name 'YouTube': a destination by that name exists"):
        update_destination(db, "twitch", "YouTube", TWITCH, None)
    with pytest.raises(DestinationError, match="url: starts with ftp:"):
        update_destination(db, "twitch", "twitch", "ftp://live.twitch.tv/app", None)
    with pytest.raises(DestinationError, match="key: empty"):
        update_destination(db, "twitch", "twitch", TWITCH, "")
    assert list_destinations(db) == before
    assert memory_keyring.entries[(SERVICE, "destination:twitch")] == KEY
