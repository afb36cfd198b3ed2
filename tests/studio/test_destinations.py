"""Destinations saved by name: the address in the store, the key in the keyring, and neither
the key nor a half-saved destination left behind by a mistake."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from studio.destinations import (
    DestinationError,
    DestinationKind,
    SecretSource,
    destination_secret,
    find_destination,
    key_variable,
    list_destinations,
    publish_url,
    remove_destination,
    resolve_destinations,
    save_destination,
    secret_source,
    set_enabled,
)
from studio.secrets import SERVICE
from tests.studio.conftest import MemoryKeyring

KEY = "live-7f3a-9c1e-secret"
YOUTUBE = "rtmp://a.rtmp.youtube.com/live2"


pytestmark = pytest.mark.usefixtures("no_destination_keys")


def stored_bytes(folder: Path) -> bytes:
    """Every byte the store wrote: the database, its write-ahead log and its shared memory."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("vitrina.db*")))


def test_a_destination_keeps_its_address_in_the_store_and_its_key_in_the_keyring(
    db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("DEBUG"):
        saved = save_destination(db, "YouTube", YOUTUBE + "/", KEY)
    assert saved.notice is None
    [youtube] = list_destinations(db)
    assert (youtube.name, youtube.kind, youtube.url, youtube.enabled) == ("YouTube", DestinationKind.RTMP, YOUTUBE, True)
    assert memory_keyring.entries == {(SERVICE, "destination:YouTube"): KEY}
    assert find_destination(db, "youtube") == find_destination(db, " YOUTUBE ") == youtube
    assert destination_secret(youtube) == KEY and secret_source(youtube) is SecretSource.KEYRING
    assert publish_url(youtube, KEY) == f"{YOUTUBE}/{KEY}"
    assert KEY.encode() not in stored_bytes(tmp_path) and b"live2" in stored_bytes(tmp_path)
    assert KEY not in caplog.text and "YouTube" in caplog.text


def test_the_kind_comes_from_the_scheme_and_a_whip_endpoint_is_published_as_is(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    save_destination(db, "Room", "HTTPS://whip.example.com:8443/whip/room?region=eu", "bearer-1")
    save_destination(db, "Open room", "http://127.0.0.1:8080/whip", None)
    save_destination(db, "Facebook", "rtmps://live-api-s.facebook.com:443/rtmp/", KEY)
    kinds = {destination.name: (destination.kind, destination.url) for destination in list_destinations(db)}
    assert kinds == {
        "Room": (DestinationKind.WHIP, "https://whip.example.com:8443/whip/room?region=eu"),
        "Open room": (DestinationKind.WHIP, "http://127.0.0.1:8080/whip"),
        "Facebook": (DestinationKind.RTMP, "rtmps://live-api-s.facebook.com:443/rtmp"),
    }
    room = find_destination(db, "room")
    assert room is not None and publish_url(room, "bearer-1") == "https://whip.example.com:8443/whip/room?region=eu"
    [resolved_room, open_room] = resolve_destinations(db, ["room", "open room"])
    assert (resolved_room.token, open_room.token) == ("bearer-1", None)


def test_names_are_one_whatever_their_case_in_any_script(db: Database, memory_keyring: MemoryKeyring) -> None:
    save_destination(db, "Tienda Ñandú", YOUTUBE, KEY)
    with pytest.raises(DestinationError, match="^name 'TIENDA ñANDÚ': a destination by that name exists"):
        save_destination(db, "TIENDA ñANDÚ", "rtmp://other.example/live", "other-key")
    tienda = find_destination(db, "tienda ñandú")
    assert tienda is not None and tienda.url == YOUTUBE and destination_secret(tienda) == KEY


def test_two_names_that_would_share_one_variable_are_refused(db: Database, memory_keyring: MemoryKeyring) -> None:
    save_destination(db, "my-shop", YOUTUBE, KEY)
    with pytest.raises(DestinationError, match="its key would come from VITRINA_KEY_MY_SHOP, as 'my-shop''s does"):
        save_destination(db, "My Shop", YOUTUBE, "other-key")
    assert [destination.name for destination in list_destinations(db)] == ["my-shop"]


def test_the_variable_wins_over_the_keyring(
    db: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_destination(db, "my shop", YOUTUBE, KEY)
    assert key_variable("my shop") == "VITRINA_KEY_MY_SHOP" and key_variable("Ñu 2") == "VITRINA_KEY__U_2"
    monkeypatch.setenv("VITRINA_KEY_MY_SHOP", "from-the-session")
    shop = find_destination(db, "MY SHOP")
    assert shop is not None and destination_secret(shop) == "from-the-session"
    assert secret_source(shop) is SecretSource.ENVIRONMENT
    [resolved] = resolve_destinations(db, ["my shop"])
    assert resolved.publish_url == f"{YOUTUBE}/from-the-session"


def test_without_a_keyring_saving_names_the_variable_and_writes_the_key_nowhere(
    db: Database, no_keyring: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("DEBUG"):
        saved = save_destination(db, "my-shop", YOUTUBE, KEY)
    assert saved.keyring_missing and saved.notice is not None
    assert "no system keyring" in saved.notice and "VITRINA_KEY_MY_SHOP" in saved.notice and KEY not in saved.notice
    [shop] = list_destinations(db)
    assert shop.url == YOUTUBE and destination_secret(shop) is None and secret_source(shop) is SecretSource.NONE
    assert all(KEY.encode() not in path.read_bytes() for path in tmp_path.rglob("*") if path.is_file())
    assert KEY not in caplog.text
    with pytest.raises(DestinationError, match="'my-shop' has no stream key: set VITRINA_KEY_MY_SHOP") as error:
        resolve_destinations(db, ["my-shop"])
    assert KEY not in str(error.value)


def test_removing_a_destination_deletes_its_key(db: Database, memory_keyring: MemoryKeyring) -> None:
    save_destination(db, "Shop", YOUTUBE, KEY)
    save_destination(db, "Room", "https://whip.example.com/whip", "bearer-1")
    assert remove_destination(db, "shop").name == "Shop"
    assert [destination.name for destination in list_destinations(db)] == ["Room"]
    assert memory_keyring.entries == {(SERVICE, "destination:Room"): "bearer-1"}
    with pytest.raises(DestinationError, match="^name 'shop': no destination by that name"):
        remove_destination(db, "shop")


def test_a_token_left_from_an_earlier_destination_is_not_taken_by_a_new_one(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    keyring.set_password(SERVICE, "destination:Room", "stale-token")
    save_destination(db, "Room", "https://whip.example.com/whip", None)
    [room] = resolve_destinations(db, ["Room"])
    assert room.token is None and memory_keyring.entries == {}


def test_resolving_names_the_unknown_the_disabled_and_the_repeated(db: Database, memory_keyring: MemoryKeyring) -> None:
    save_destination(db, "Shop", YOUTUBE, KEY)
    save_destination(db, "Room", "https://whip.example.com/whip", "bearer-1")
    with pytest.raises(DestinationError, match="^name 'tiktok': no destination by that name"):
        resolve_destinations(db, ["shop", "tiktok"])
    with pytest.raises(DestinationError, match="'Shop' is named twice"):
        resolve_destinations(db, ["shop", "SHOP"])
    assert not set_enabled(db, "shop", False).enabled
    with pytest.raises(DestinationError, match=r"'Shop' is disabled \(`vitrina destinations enable Shop`"):
        resolve_destinations(db, ["room", "shop"])
    assert set_enabled(db, "SHOP", True).enabled
    shop, room = resolve_destinations(db, ["shop", "room"])
    assert (shop.kind, shop.publish_url, shop.token) == (DestinationKind.RTMP, f"{YOUTUBE}/{KEY}", None)
    assert (room.kind, room.publish_url, room.token) == (DestinationKind.WHIP, "https://whip.example.com/whip", "bearer-1")
    assert shop.shown == "Shop (rtmp://a.rtmp.youtube.com/live2/****)"
    assert KEY not in repr(shop) and "bearer-1" not in repr(room) and KEY not in shop.shown


BAD_DESTINATIONS = [
    ("", YOUTUBE, KEY, "name: empty"),
    ("   ", YOUTUBE, KEY, "name: empty"),
    ("shop\nlive", YOUTUBE, KEY, "name 'shop\\nlive': has a control character"),
    ("shop\u202eevil", YOUTUBE, KEY, "has a control character"),
    ("x" * 65, YOUTUBE, KEY, "name: 65 characters long; at most 64"),
    ("shop", "", KEY, "url: empty"),
    ("shop", "a.rtmp.youtube.com/live2", KEY, "url: starts with no scheme; use rtmp://"),
    ("shop", "ftp://a.example/live2", KEY, "url: starts with ftp:; use rtmp://"),
    ("shop", "srt://a.example:9000", KEY, "url: starts with srt:"),
    ("shop", "rtmp:///live2", KEY, "url: has no server name"),
    ("shop", "rtmp://:1935/live2", KEY, "url: has no server name"),
    ("shop", "rtmp://a.example:70000/live2", KEY, "url: the port must be a number from 1 to 65535"),
    ("shop", "rtmp://a.example:0/live2", KEY, "url: the port must be a number from 1 to 65535"),
    ("shop", "https://a.example:http/whip", None, "url: the port must be a number"),
    ("shop", "rtmp://[::1/live2", KEY, "url: not an address"),
    ("shop", "rtmp://a.example", KEY, "url: name the server's application too"),
    ("shop", f"rtmp://a.example/live2?key={KEY}", KEY, "url: an RTMP server's address has no ?query"),
    ("shop", f"rtmp://user:{KEY}@a.example/live2", KEY, "url: has a user name or password in it"),
    ("shop", "https://a.example/whip#room", None, "url: has a #fragment"),
    ("shop", "rtmp://a.example/live 2", KEY, "url: has a space or a control character"),
    ("shop", "rtmp://a.example/" + "x" * 2050, KEY, "url: 2067 characters long; at most 2048"),
    ("shop", YOUTUBE, "", "key: empty; an RTMP destination needs its stream key"),
    ("shop", YOUTUBE, None, "key: empty"),
    ("shop", YOUTUBE, f"{KEY} tail", "key: has a space or a control character"),
    ("shop", "https://a.example/whip", f"{KEY}\x00", "token: has a space or a control character"),
]


@pytest.mark.parametrize(("name", "url", "key", "message"), BAD_DESTINATIONS)
def test_a_bad_destination_is_refused_with_its_field_named_and_nothing_stored(
    db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, name: str, url: str, key: str | None, message: str
) -> None:
    with pytest.raises(DestinationError, match=re.escape(message)) as error:
        save_destination(db, name, url, key)
    assert KEY not in str(error.value)
    assert list_destinations(db) == [] and memory_keyring.entries == {}
    assert KEY.encode() not in stored_bytes(tmp_path)


def test_the_way_to_turn_a_disabled_destination_on_is_a_command_that_can_be_pasted(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    save_destination(db, "Shop's live", YOUTUBE, KEY)
    set_enabled(db, "shop's live", False)
    with pytest.raises(DestinationError, match=re.escape("""`vitrina destinations enable 'Shop'"'"'s live'`""")):
        resolve_destinations(db, ["Shop's live"])


SCHEMES = st.sampled_from(["rtmp", "rtmps", "https", "HTTP", "srt"])
HOSTS = st.from_regex(r"[a-z0-9.-]{1,20}(:[0-9]{1,6})?", fullmatch=True)
URLS = st.one_of(st.text(max_size=80),
                 st.builds(lambda scheme, rest: f"{scheme}://{rest}", SCHEMES, st.text(max_size=60)),
                 st.builds(lambda scheme, host, path: f"{scheme}://{host}/{path}", SCHEMES, HOSTS, st.text(max_size=40)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=80), url=URLS)
def test_any_name_and_address_is_saved_as_found_or_refused_with_a_destination_error(
    db: Database, memory_keyring: MemoryKeyring, name: str, url: str
) -> None:
    try:
        saved = save_destination(db, name, url, KEY)
    except DestinationError as error:
        assert str(error).startswith(("name", "url")) and KEY not in str(error)
        assert list_destinations(db) == []
        return
    assert find_destination(db, name) == saved.destination == find_destination(db, saved.destination.name)
    [resolved] = resolve_destinations(db, [name])
    assert resolved.publish_url.startswith(saved.destination.url)
    remove_destination(db, name)
