"""Chat on a standard IRC server: Debian's ngircd, with a second, plain-socket client in the
channel. The connector logs in (ngircd speaks CAP but offers none of Twitch's capabilities),
is CONNECTED after the welcome and JOINED after the echo of its JOIN, reads what others say,
takes another nick when its own is in use, is named when the channel will not have it, and
comes back on the schedule when the server closes the link."""

from __future__ import annotations

import logging
import time

from media.backoff import retry_delay
from media.health import PartState
from tests.ngircd import IrcClient
from tests.studio.chat.test_irc import Running, wait_for


def in_state(running: Running, state: PartState, connections: int = 1) -> bool:
    return wait_for(lambda: running.connector.health.state is state and running.connector.connections >= connections,
                    timeout=20)


def joins_of_others(client: IrcClient) -> str:
    """The nick of the next person to join the client's channel."""
    line = client.expect(lambda words: words[1] == "JOIN" and not words[0].startswith(f":{client.nick}!"))
    return line[1:].split("!", 1)[0]


def test_the_connector_logs_in_joins_and_reads_what_another_client_says(ngircd, caplog):
    with caplog.at_level(logging.INFO, logger="studio.chat.irc"):
        running = Running(ngircd.url(), nick=None)  # its own default nick, within RFC 2812's nine characters
        try:
            assert in_state(running, PartState.JOINED)
            with IrcClient(ngircd.port, "ana") as ana:
                ana.join("#shop")
                ana.say("#shop", "sold A2 x2, ¿cuánto cuesta el A1?")
                assert wait_for(lambda: len(running.messages) == 1)
        finally:
            running.close()
    said = [record.getMessage() for record in caplog.records if record.name == "studio.chat.irc"]
    assert said == ["chat #shop: connected", "chat #shop: joined"]
    assert running.connector.nick.startswith("vitrina") and len(running.connector.nick) == 9
    message = running.messages[0]
    assert (message.platform, message.channel, message.author_name, message.text) == (
        "irc", "#shop", "ana", "sold A2 x2, ¿cuánto cuesta el A1?")


def test_a_nick_in_use_is_met_with_another(ngircd):
    with IrcClient(ngircd.port, "shopbot") as holder:
        holder.join("#shop")
        running = Running(ngircd.url(), nick="shopbot")
        try:
            assert in_state(running, PartState.JOINED)
            assert joins_of_others(holder) == "shopbot_1" == running.connector.nick
            holder.say("#shop", "sold A1")
            assert wait_for(lambda: len(running.messages) == 1)
        finally:
            running.close()
    assert running.messages[0].author_name == "shopbot" and running.connector.connections == 1


def test_a_channel_that_will_not_have_us_is_named_and_asked_again(ngircd):
    with IrcClient(ngircd.port, "owner") as owner:
        owner.join("#shop")  # the first one in is the channel's operator
        owner.send("MODE #shop +i")
        owner.expect(lambda words: words[1] == "MODE")
        running = Running(ngircd.url(), nick="shopbot")
        try:
            assert in_state(running, PartState.FAILED)
            refused = running.connector.health
            owner.send("MODE #shop -i")
            owner.expect(lambda words: words[1] == "MODE")
            assert in_state(running, PartState.JOINED)  # the next JOIN, 2 s later, is let in
            assert joins_of_others(owner) == "shopbot"
        finally:
            running.close()
    assert refused.reason == "cannot join #shop: Cannot join channel (+i) -- Invited users only"
    assert refused.attempt == 1 and refused.next_retry is not None
    assert running.connector.state == "joined" and running.connector.connections == 1


def test_a_server_closing_the_link_is_named_and_reconnected_on_the_schedule(ngircd):
    with IrcClient(ngircd.port, "boss") as boss:
        boss.become_operator()
        boss.join("#shop")
        running = Running(ngircd.url(), nick="shopbot")
        try:
            assert in_state(running, PartState.JOINED)
            assert joins_of_others(boss) == "shopbot"
            killed = time.monotonic()
            boss.send("KILL shopbot :closing for the test")
            assert in_state(running, PartState.RECONNECTING)
            closed, seen = running.connector.health, time.monotonic()
            assert in_state(running, PartState.JOINED, connections=2)
            assert joins_of_others(boss) == "shopbot"
            boss.say("#shop", "back again?")
            assert wait_for(lambda: [message.text for message in running.messages] == ["back again?"])
        finally:
            running.close()
    assert closed.reason == "the server closed the link: KILLed by boss: closing for the test"
    assert closed.attempt == 1 and closed.next_retry is not None
    assert killed + retry_delay(1) <= closed.next_retry <= seen + retry_delay(1)
