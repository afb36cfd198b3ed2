"""A chat token the server refuses: Twitch says so in a NOTICE and closes; the connector says
why once, without the token, and waits for the show to stop instead of trying again."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from studio.chat.irc import IrcTarget
from tests.studio.chat.test_irc import LINES, Running, wait_for

REFUSALS = (Path(__file__).parent / "fixtures" / "twitch_login_refused.txt").read_text(encoding="utf-8").splitlines()
TOKEN = "oauth:wrong-token-123"


def local_twitch(port: int) -> IrcTarget:
    """Twitch's target, but on the local server."""
    return IrcTarget("127.0.0.1", port, False, "#shop", "twitch")


@pytest.mark.parametrize("notice", REFUSALS)
def test_a_refused_twitch_token_stops_the_connector_once_without_showing_the_token(irc_server, caplog, notice):
    with caplog.at_level(logging.DEBUG, logger="studio.chat.irc"):
        running = Running(local_twitch(irc_server.port), token=TOKEN)
        try:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            irc_server.send(notice)
            irc_server.drop_everyone()  # as Twitch does
            assert wait_for(lambda: running.connector.state.startswith("failed"))
            time.sleep(2.3)  # a retry would come after 2 s
            assert running.thread.is_alive()  # run() waits for the show to stop
        finally:
            running.close()
    reason = notice.rsplit(" :", 1)[1]
    assert running.connector.state == f"failed: Twitch refused the chat token: {reason}"
    assert irc_server.connections == 1 and "PASS oauth:wrong-token-123" in irc_server.received
    records = [record for record in caplog.records if record.name == "studio.chat.irc" and record.levelno > logging.INFO]
    assert [(record.levelno, record.getMessage()) for record in records] == [
        (logging.WARNING, f"chat #shop: Twitch refused the chat token: {reason}")]
    assert "wrong-token-123" not in caplog.text


def test_a_viewer_saying_login_failed_stops_nothing(irc_server):
    running = Running(irc_server.url(), token=TOKEN)
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(":mallory!mallory@example.net NOTICE #shop :Login authentication failed",
                        ":mallory!mallory@example.net NOTICE * :Login authentication failed",
                        ":irc.example.net NOTICE * :*** Looking up your hostname...",
                        LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
        assert running.connector.state == "connected"
    finally:
        running.close()
