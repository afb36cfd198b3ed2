"""A moderator's removals on Twitch: CLEARMSG (one message) and CLEARCHAT (a user's messages,
or the whole chat), read from Twitch's lines and handed to the connector's `on_removed`."""

from __future__ import annotations

import logging
from pathlib import Path

from studio.chat.irc import IrcTarget, removal_from
from studio.chat.irc_lines import parse_line
from studio.chat.removal import Removal
from tests.studio.chat.test_irc import LINES, Running, wait_for

MODERATION = (Path(__file__).parent / "fixtures" / "twitch_moderation.txt").read_text(encoding="utf-8").splitlines()
EXPECTED = [
    Removal("twitch", "#shop", message_id="b34ccfc7-4977-403a-8a94-33c6bac34fb8"),
    Removal("twitch", "#shop", user_id="424242"),
    Removal("twitch", "#shop", user_id="7"),
    Removal("twitch", "#shop"),
]


def test_twitch_moderation_lines_read_as_removals():
    assert [removal_from(parse_line(line), "twitch") for line in MODERATION] == EXPECTED
    assert [removal.everything for removal in EXPECTED] == [False, False, False, True]
    assert removal_from(parse_line(":tmi.twitch.tv CLEARCHAT #shop :ana_b"), "irc") == Removal("irc", "#shop", user_id="ana_b")
    assert removal_from(parse_line("@room-id=1337 :tmi.twitch.tv CLEARMSG #shop :no id"), "twitch") is None
    assert removal_from(parse_line(":mallory!m@example.net CLEARCHAT #shop"), "irc") is None  # relayed, not the server's
    assert removal_from(parse_line(LINES[0]), "twitch") is None


def test_the_connector_hands_removals_on_as_they_arrive(irc_server):
    running = Running(IrcTarget("127.0.0.1", irc_server.port, False, "#shop", "twitch"))
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(LINES[0], *MODERATION, LINES[1])
        assert wait_for(lambda: len(running.messages) == 2 and len(running.removals) == 4)
    finally:
        running.close()
    assert running.removals == EXPECTED
    assert running.messages[0].message_id == running.removals[0].message_id
    assert running.messages[0].author_id == running.removals[1].user_id


def test_a_failing_removal_callback_does_not_stop_the_chat(irc_server, caplog):
    def refuse(removal: Removal) -> None:
        raise RuntimeError("the store is gone")

    with caplog.at_level(logging.ERROR, logger="studio.chat.irc"):
        running = Running(irc_server.url(), on_removed=refuse)
        try:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            irc_server.send(MODERATION[0], LINES[0])
            assert wait_for(lambda: len(running.messages) == 1)
            assert running.connector.state == "connected" and irc_server.connections == 1
        finally:
            running.close()
    assert "a moderator's removal could not be applied" in caplog.text
