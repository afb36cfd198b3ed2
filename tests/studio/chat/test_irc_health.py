"""The connector's health on Twitch's dialect: CONNECTED after the welcome, JOINED only when
the server echoes our own JOIN, a refused JOIN named, an ERROR named and met with a new
connection. A line relayed from a viewer counts for none of it."""

from __future__ import annotations

import socket

from media.health import PartState
from studio.chat import irc
from tests.studio.chat.test_irc import LINES, Running, wait_for

OUR_JOIN = ":justinfan12345!justinfan12345@justinfan12345.tmi.twitch.tv JOIN #shop"


def test_joined_only_when_the_server_echoes_our_own_join(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(":ana!ana@ana.tmi.twitch.tv JOIN #shop",  # a viewer joining says nothing of us
                        ":justinfan12345!justinfan12345@justinfan12345.tmi.twitch.tv JOIN #elsewhere",
                        LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
        connected = running.connector.health
        irc_server.send(OUR_JOIN.replace("justinfan12345!", "JustinFan12345!"))  # nicks compare without case
        assert wait_for(lambda: running.connector.health.state is PartState.JOINED)
    finally:
        running.close()
    assert connected.state is PartState.CONNECTED and running.connector.state == "joined"


def test_a_refused_join_is_named_and_a_viewer_cannot_fake_one(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(":mallory!m@x 474 justinfan12345 #shop :Cannot join channel (+b)", OUR_JOIN,
                        ":irc.example.net 474 justinfan12345 #shop :Cannot join channel (+b)\x07", LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
        refused = running.connector.health
    finally:
        running.close()
    assert (refused.state, refused.reason, refused.attempt) == (
        PartState.FAILED, "cannot join #shop: Cannot join channel (+b)", 1)
    assert running.connector.state == "failed: cannot join #shop: Cannot join channel (+b)"


def test_an_error_from_the_server_is_named_and_a_new_connection_made(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(":mallory!m@x ERROR :Closing link (a viewer pretending)", LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
        irc_server.send("ERROR :Closing Link: 127.0.0.1 (Server shutting down)")
        assert wait_for(lambda: running.connector.health.state is PartState.RECONNECTING)
        closed = running.connector.health
        assert wait_for(lambda: irc_server.connections == 2 and running.connector.connections == 2)
    finally:
        running.close()
    assert (closed.reason, closed.attempt) == ("the server closed the link: Closing Link: 127.0.0.1 (Server shutting down)", 1)


def test_an_ircv3_server_time_dates_the_message(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send("@time=2023-11-14T22:13:20.500Z :ana!a@x PRIVMSG #shop :sold A1",
                        "@time=yesterday :bea!b@x PRIVMSG #shop :sold A2")
        assert wait_for(lambda: len(running.messages) == 2)
    finally:
        running.close()
    assert running.messages[0].time == 1700000000.5 and running.messages[1].time > 1700000000.5


def test_a_server_that_never_welcomes_us_is_left_for_a_new_connection(monkeypatch):
    monkeypatch.setattr(irc, "WELCOME_SECONDS", 0.5)
    with socket.socket() as silent:  # the kernel takes the connection; nobody ever answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        running = Running(f"irc://127.0.0.1:{silent.getsockname()[1]}/#shop")
        try:
            assert wait_for(lambda: running.connector.health.state is PartState.RECONNECTING)
            waited = running.connector.health
        finally:
            running.close()
    assert (waited.reason, waited.attempt) == ("127.0.0.1 did not welcome us within 0.5 s", 1)
    assert running.connector.connections == 0
