"""ircs:// over real TLS, a refused Twitch token, and a moderator's removals on the platform."""

from __future__ import annotations

import logging
import time

from studio.chat.removal import Removal
from tests.irc_peer import IrcServer
from tests.studio.chat.test_irc import LINES, Running, wait_for
from tests.tls_certs import make_certificates


def test_ircs_reads_chat_over_tls_from_a_server_it_trusts(tmp_path):
    certificates = make_certificates(tmp_path)
    server = IrcServer(tls=certificates.server_context()).start()
    running = Running(server.url(), tls_context=certificates.client_context())
    try:
        assert server.url().startswith("ircs://")
        assert wait_for(lambda: "JOIN #shop" in server.received)
        server.send(LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
        assert running.connector.state == "connected"
    finally:
        running.close()
        server.stop()
    assert running.messages[0].text == "sold A2 x2"


def test_an_untrusted_certificate_is_refused_by_name_and_retried_on_the_schedule(tmp_path, caplog):
    certificates = make_certificates(tmp_path)
    server = IrcServer(tls=certificates.server_context()).start()
    with caplog.at_level(logging.WARNING):
        running = Running(server.url())  # the system's trust store knows nothing of the test CA
        try:
            assert wait_for(lambda: "reconnecting" in running.connector.state, 5)
            time.sleep(1.0)
            state = running.connector.state
        finally:
            running.close()
            server.stop()
    assert state.startswith("TLS failed (CERTIFICATE_VERIFY_FAILED); reconnecting (attempt 1, next in 2 s)")
    assert running.messages == [] and server.received == []
    assert caplog.text.count("TLS failed") == 1  # one attempt in the first second: no storm


def test_a_refused_twitch_token_stops_the_connector_once_without_showing_the_token(irc_server, caplog):
    with caplog.at_level(logging.INFO):
        running = Running(irc_server.url(), token="oauth:wrong-token-123")
        try:
            assert wait_for(lambda: any(line.startswith("PASS ") for line in irc_server.received))
            irc_server.send(":tmi.twitch.tv NOTICE * :Login authentication failed")
            irc_server.drop_everyone()
            assert wait_for(lambda: running.connector.state.startswith("failed"))
            time.sleep(2.5)  # a retry would come after 2 s
        finally:
            running.close()
    assert running.connector.state == "failed: 127.0.0.1 refused the chat token: Login authentication failed"
    assert irc_server.connections == 1
    assert "wrong-token-123" not in caplog.text and caplog.text.count("refused the chat token") == 1


def test_clearmsg_and_clearchat_are_handed_on_as_removals(irc_server):
    running = Running(irc_server.url())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(
            "@login=ana_b;room-id=1337;target-msg-id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;tmi-sent-ts=1700000001000 "
            ":tmi.twitch.tv CLEARMSG #shop :sold A2 x2",
            "@ban-duration=600;room-id=1337;target-user-id=424242;tmi-sent-ts=1700000002000 "
            ":tmi.twitch.tv CLEARCHAT #shop :ana_b",
            "@room-id=1337;tmi-sent-ts=1700000003000 :tmi.twitch.tv CLEARCHAT #shop",
            "@room-id=1337 :tmi.twitch.tv CLEARMSG #shop :no id, nothing to remove",
        )
        assert wait_for(lambda: len(running.removals) == 3)
        time.sleep(0.2)
    finally:
        running.close()
    assert running.removals == [
        Removal("irc", "#shop", message_id="b34ccfc7-4977-403a-8a94-33c6bac34fb8"),
        Removal("irc", "#shop", user_id="424242"),
        Removal("irc", "#shop"),
    ]
