"""Chat connectors by spec: each spec checked before anything starts, tokens from the
environment or the system keyring, never from the spec."""

from __future__ import annotations

import keyring
import pytest

from studio.chat.connectors import check_chat_spec, make_connector
from studio.chat.ingest import IngestServer
from studio.chat.irc import ChatSpecError, IrcConnector
from studio.chat.youtube import YouTubeConnector
from studio.secrets import SERVICE


@pytest.mark.parametrize("spec, message", [
    ("ingest", "the ingest socket needs a token: set VITRINA_INGEST_TOKEN"),
    ("ingest:99999", "the ingest port is a number from 1 to 65535"),
    ("rehearsal:0", "the rehearsal rate is messages per second, from 0.1 to 1000"),
    ("rehearsal:lots", "the rehearsal rate is messages per second"),
    ("youtube:", "give the live chat's id"),
    ("twitch:", "name the Twitch channel"),
    ("irc://host/channel-without-hash", "write irc://HOST:PORT/#CHANNEL"),
    ("tiktok:shop", "use irc://HOST:PORT/#CHANNEL"),
])
def test_a_bad_spec_is_named_with_what_to_write(memory_keyring, spec, message):
    with pytest.raises(ChatSpecError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_chat_spec(spec)


def test_tokens_come_from_the_keyring_when_the_environment_has_none(memory_keyring):
    keyring.set_password(SERVICE, "ingest", "from-keyring")
    keyring.set_password(SERVICE, "youtube-api-key", "AIza-key")
    ingest = make_connector("ingest:8765", print, [], None)
    youtube = make_connector("youtube:Cg0KC2xpdmU", print, [], None)
    assert isinstance(ingest, IngestServer) and ingest._token == "from-keyring"
    assert isinstance(youtube, YouTubeConnector) and youtube._api_key == "AIza-key" and youtube._token is None


def test_a_twitch_token_is_used_for_twitch_only(memory_keyring):
    twitch = make_connector("twitch:MyShop", print, [], "oauth:abc")
    other = make_connector("irc://127.0.0.1:6667/#shop", print, [], "oauth:abc")
    assert isinstance(twitch, IrcConnector) and twitch.target.channel == "#myshop" and twitch._token == "oauth:abc"
    assert isinstance(other, IrcConnector) and other._token is None  # a Twitch token never goes to another server


def test_with_a_token_the_nick_is_the_twitch_login_it_belongs_to(memory_keyring, monkeypatch):
    own = make_connector("twitch:MyShop", print, [], "oauth:abc")
    assert own._nick == "myshop"  # the shop reading its own channel
    monkeypatch.setenv("VITRINA_TWITCH_LOGIN", "ShopBot")
    bot = make_connector("twitch:MyShop", print, [], "oauth:abc")
    anonymous = make_connector("twitch:MyShop", print, [], None)
    assert bot._nick == "shopbot" and anonymous._nick.startswith("justinfan")
