"""Replies through the IRC connector: one PRIVMSG on the connection that reads the channel, on
Twitch only when logged in with the account's token (never in a log line), one line whatever
the text holds, and held back while the channel is not joined."""

from __future__ import annotations

import asyncio
import logging

from media.health import PartState
from studio.chat.irc import TWITCH_TOKEN_NEEDED, IrcTarget
from studio.replies.notice import ReplyRoute
from studio.replies.results import Refused, Retry, SendResult, Sent
from tests.studio.chat.test_irc import Running, wait_for

SHOP = ReplyRoute("twitch", "#shop")
TOKEN = "s3cret-token-42"


def reply(running: Running, text: str, route: ReplyRoute = SHOP) -> SendResult:
    return asyncio.run_coroutine_threadsafe(running.connector.reply(route, text, ("ana",)), running.loop).result(10)


def twitch_target(port: int) -> IrcTarget:
    return IrcTarget("127.0.0.1", port, False, "#shop", "twitch")


def test_a_reply_goes_as_one_privmsg_with_the_account_s_token(irc_server, caplog):
    with caplog.at_level(logging.DEBUG):
        running = Running(twitch_target(irc_server.port), token=TOKEN, nick="myshop")
        try:
            assert wait_for(lambda: "JOIN #shop" in irc_server.received)
            assert isinstance(reply(running, "@ana reserved A1"), Retry)  # not in the channel until its echo
            irc_server.send(":myshop!myshop@myshop.tmi.twitch.tv JOIN #shop")
            assert wait_for(lambda: running.connector.health.state is PartState.JOINED)
            assert reply(running, "@ana reserved A1") == Sent(moderator=False)
            irc_server.send("@badges=broadcaster/1;mod=0;display-name=MyShop :tmi.twitch.tv USERSTATE #shop",
                            "@badges=moderator/1;mod=1 :mallory!m@m.tmi.twitch.tv USERSTATE #shop")  # a viewer's: ignored
            assert wait_for(lambda: running.connector.moderator)
            assert reply(running, "@ana\r\nPRIVMSG #other :spam\x00") == Sent(moderator=True)
            assert wait_for(lambda: sum(line.startswith("PRIVMSG") for line in irc_server.received) == 2)
            irc_server.send("@msg-id=msg_duplicate :tmi.twitch.tv NOTICE #shop :Your message is identical to the "
                            "one you sent within the last 30 seconds.")
            assert wait_for(lambda: "a reply was not posted (msg_duplicate)" in caplog.text)
        finally:
            running.close()
    assert running.connector.replies_to(ReplyRoute("twitch", "#SHOP"))
    assert not running.connector.replies_to(ReplyRoute("irc", "#shop"))
    assert f"PASS oauth:{TOKEN}" in irc_server.received and "NICK myshop" in irc_server.received
    sent = [line for line in irc_server.received if line.startswith("PRIVMSG")]
    assert sent == ["PRIVMSG #shop :@ana reserved A1", "PRIVMSG #shop :@ana PRIVMSG #other :spam"]
    assert TOKEN not in caplog.text


def test_an_anonymous_twitch_reader_cannot_reply_and_says_how_to_give_it_a_token(irc_server):
    running = Running(twitch_target(irc_server.port))  # justinfan: reads only
    try:
        assert wait_for(lambda: "JOIN #shop" in irc_server.received)
        assert reply(running, "@ana reserved A1") == Refused(TWITCH_TOKEN_NEEDED)
    finally:
        running.close()
    assert "VITRINA_TWITCH_TOKEN" in TWITCH_TOKEN_NEEDED and not any(
        line.startswith("PRIVMSG") for line in irc_server.received)
