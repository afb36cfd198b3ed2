"""Chat over IRC against a real server: Twitch's lines, tags and commands, and reconnects."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studio.chat.irc import ChatSpecError, IrcConnector, IrcTarget, parse_irc_spec
from studio.chat.irc_lines import parse_line, unescape_tag

LINES = (Path(__file__).parent / "fixtures" / "twitch_privmsg.txt").read_text(encoding="utf-8").splitlines()


def test_twitch_lines_parse_with_tags_and_escapes():
    line = parse_line(LINES[0])
    assert line.command == "PRIVMSG" and line.params == ("#shop", "sold A2 x2") and line.nick == "ana_b"
    assert line.tags["display-name"] == "Ana B" and line.tags["user-id"] == "424242"
    assert parse_line(LINES[1]).tags["display-name"] == "joão;\\x y"
    assert unescape_tag(r"a\sb\:c\\d\re\nf\\") == "a b;c\\d\re\nf\\"
    assert parse_line(LINES[2]).command == "PING" and parse_line(LINES[3]).command == "RECONNECT"


@pytest.mark.parametrize("spec", ["irc://host/shop", "http://host/#shop", "twitch:", "irc:///#x"])
def test_bad_chat_specs_are_named(spec):
    with pytest.raises(ChatSpecError, match=f"--chat {spec}"):
        parse_irc_spec(spec)


def test_specs():
    assert parse_irc_spec("twitch:MyShop").channel == "#myshop"
    target = parse_irc_spec("ircs://irc.example.net/#Live")
    assert (target.host, target.port, target.tls, target.channel) == ("irc.example.net", 6697, True, "#live")


class Running:
    """A connector on a loop of its own thread, as the shop floor runs it."""

    def __init__(self, target: str | IrcTarget, **options) -> None:
        self.messages, self.removals = [], []
        options.setdefault("on_removed", self.removals.append)
        options.setdefault("nick", "justinfan12345")
        target = parse_irc_spec(target) if isinstance(target, str) else target
        self.connector = IrcConnector(target, self.messages.append, **options)
        self.loop = asyncio.new_event_loop()
        self.stop = asyncio.Event()
        self.thread = threading.Thread(target=lambda: self.loop.run_until_complete(self.connector.run(self.stop)))
        self.thread.start()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(10)
        self.loop.close()


def wait_for(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_the_connector_joins_reads_tagged_messages_and_answers_ping(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        assert irc_server.received[:6] == ["CAP LS 302", "NICK justinfan12345", "USER vitrina 0 * :Vitrina",
                                           "CAP REQ :twitch.tv/tags twitch.tv/commands", "CAP END", "JOIN #shop"]
        irc_server.send(LINES[0], LINES[1], LINES[2])
        assert wait_for(lambda: len(running.messages) == 2 and "PONG :tmi.twitch.tv" in irc_server.received)
    finally:
        running.close()
    ana, joao = running.messages
    assert (ana.author_id, ana.author_name, ana.text, ana.channel) == ("424242", "Ana B", "sold A2 x2", "#shop")
    assert ana.badges == {"moderator", "subscriber"} and ana.time == 1700000000.123
    assert joao.text == "¿cuánto cuesta el A1?" and joao.badges == frozenset()


def test_a_dropped_connection_and_a_reconnect_request_get_new_connections(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: irc_server.connections == 1)
        irc_server.drop_everyone()
        assert wait_for(lambda: irc_server.connections == 2, timeout=10)  # after about 2 s
        irc_server.send(LINES[3])  # RECONNECT
        assert wait_for(lambda: irc_server.connections == 3, timeout=10)
        irc_server.send(LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
    finally:
        running.close()


def test_a_line_without_a_trailing_parameter_has_none_even_after_a_prefix():
    assert parse_line("@room-id=1 :tmi.twitch.tv CLEARCHAT #shop").params == ("#shop",)
    assert parse_line(":nick!u@h PRIVMSG #shop :").params == ("#shop", "")


def test_a_line_far_over_any_limit_is_skipped_and_the_chat_goes_on(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(":troll!t@x PRIVMSG #shop :" + "A" * 200_000, LINES[0])
        assert wait_for(lambda: any(message.text == "sold A2 x2" for message in running.messages))
        assert running.connector.state == "connected" and running.connector.connections == 1
    finally:
        running.close()
    assert all(len(message.text) < 70_000 for message in running.messages)


def tag(value: str) -> str:
    """A tag value escaped as IRCv3 says, as a server sends it."""
    escapes = {"\\": "\\\\", ";": "\\:", " ": "\\s", "\r": "\\r", "\n": "\\n"}
    return "".join(escapes.get(char, char) for char in value)


@given(st.text(max_size=600))
@example("²")  # a digit to str.isdigit(), not to int()
@example("9" * 40)
@settings(max_examples=400, deadline=None)
def test_any_line_from_a_server_parses_and_a_privmsg_becomes_plain_text(raw):
    connector = IrcConnector(parse_irc_spec("irc://127.0.0.1:6667/#shop"), lambda message: None)
    line = parse_line(raw)
    assert isinstance(line.command, str) and all(isinstance(param, str) for param in line.params)
    text = raw.replace("\r", " ").replace("\n", " ")  # the reader splits lines there
    hostile = parse_line(f"@tmi-sent-ts={tag(raw[:40])};display-name={tag(raw[:80])};badges={tag(raw[:30])} "
                         f":n!u@h PRIVMSG #shop :{text}")
    assert hostile.command == "PRIVMSG" and len(hostile.params) == 2
    assert unescape_tag(tag(raw)) == raw
    message = connector._message(hostile)
    assert "\n" not in message.text and "\r" not in message.text and len(message.author_name) <= 100
    assert isinstance(message.time, float)
