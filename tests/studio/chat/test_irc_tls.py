"""ircs:// over real TLS: a server whose certificate a throwaway CA signed, trusted through
`tls_context` or not trusted at all (then named, and retried on the 2 s, x1.5 schedule)."""

from __future__ import annotations

import logging
import time

from media.backoff import retry_delay
from media.health import PartState
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
        started = time.monotonic()
        running = Running(tls_irc_server.url())  # the default context: the system's CAs, not the test's
        try:
            assert wait_for(lambda: running.connector.health.attempt == 1, 5)
            first, first_seen = running.connector.health, time.monotonic()
            stopped = time.monotonic()
            tls_irc_server.stop()  # the next attempt finds nobody listening
            assert wait_for(lambda: running.connector.health.attempt == 2, 5)
            second, second_seen = running.connector.health, time.monotonic()
        finally:
            running.close()
    assert (first.state, first.reason) == (
        PartState.RECONNECTING, "TLS failed: certificate verify failed (unable to get local issuer certificate)")
    assert (second.state, second.reason) == (PartState.RECONNECTING, "ConnectionRefusedError")
    # each retry is due its schedule's delay after the failure, which fell between these instants
    assert first.next_retry is not None and second.next_retry is not None
    assert started + retry_delay(1) <= first.next_retry <= first_seen + retry_delay(1)
    assert stopped + retry_delay(2) <= second.next_retry <= second_seen + retry_delay(2)
    assert running.connector.state.startswith("reconnecting in ") and "(attempt 2): ConnectionRefusedError" in (
        running.connector.state)
    failures = [record for record in caplog.records
                if record.name == "studio.chat.irc" and record.levelno >= logging.WARNING]
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
