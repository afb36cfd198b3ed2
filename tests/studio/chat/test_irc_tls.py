"""ircs:// over real TLS: a server whose certificate a throwaway CA signed, trusted through
`tls_context` or not trusted at all (then named, and retried on the 2 s, x1.5 schedule)."""

from __future__ import annotations

import logging

from tests.studio.chat.test_irc import LINES, Running, wait_for


def test_ircs_reads_tagged_chat_from_a_server_it_trusts(tls_irc_server, irc_certificates):
    running = Running(tls_irc_server.url(), tls_context=irc_certificates.client_context())
    try:
        assert tls_irc_server.url().startswith("ircs://127.0.0.1:")
        assert wait_for(lambda: "JOIN #shop" in tls_irc_server.received)
        tls_irc_server.send(LINES[0], LINES[1], LINES[2])
        assert wait_for(lambda: len(running.messages) == 2 and "PONG :tmi.twitch.tv" in tls_irc_server.received)
        assert running.connector.state == "connected"
    finally:
        running.close()
    ana, joao = running.messages
    assert (ana.author_id, ana.author_name, ana.text, ana.message_id) == (
        "424242", "Ana B", "sold A2 x2", "b34ccfc7-4977-403a-8a94-33c6bac34fb8")
    assert joao.text == "¿cuánto cuesta el A1?"


def test_an_untrusted_certificate_is_named_and_retried_on_the_schedule(tls_irc_server, caplog):
    with caplog.at_level(logging.WARNING, logger="studio.chat.irc"):
        running = Running(tls_irc_server.url())  # the default context: the system's CAs, not the test's
        try:
            assert wait_for(lambda: "attempt 1" in running.connector.state, 5)
            first_state = running.connector.state
            tls_irc_server.stop()  # the next attempt finds nobody listening
            assert wait_for(lambda: "attempt 2" in running.connector.state, 5)
            second_state = running.connector.state
        finally:
            running.close()
    assert first_state == ("TLS failed: certificate verify failed (unable to get local issuer certificate); "
                           "reconnecting (attempt 1, next in 2 s)")
    assert second_state == "ConnectionRefusedError; reconnecting (attempt 2, next in 3 s)"
    failures = [record for record in caplog.records if record.name == "studio.chat.irc"]
    assert [record.levelno for record in failures] == [logging.WARNING, logging.WARNING]
    assert "certificate verify failed" in failures[0].getMessage()
    assert 1.9 <= failures[1].created - failures[0].created < 4.0  # the schedule's 2 s, not a tight loop
    assert running.messages == [] and tls_irc_server.received == [] and tls_irc_server.connections == 0


def test_a_tls_context_does_not_turn_plain_irc_into_tls(irc_server, irc_certificates):
    running = Running(irc_server.url(), tls_context=irc_certificates.client_context())
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        irc_server.send(LINES[0])
        assert wait_for(lambda: len(running.messages) == 1)
    finally:
        running.close()
    assert irc_server.url().startswith("irc://")  # the server speaks plain IRC, and the connector did too
