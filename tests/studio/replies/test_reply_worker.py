"""The replies' thread: `tell()` returns at once whatever the sender is doing, a chat that
refuses replies is said once in the health, and what is left when it stops is counted."""

from __future__ import annotations

import threading

from media.health import PartState
from studio.replies.notice import ReplyRoute
from studio.replies.reply_worker import ReplyWorker
from studio.replies.results import Refused, SendResult, Sent
from studio.replies.route_queue import Outgoing
from tests.studio.chat.test_irc import wait_for
from tests.studio.replies.helpers import SHOP, reserved


class SlowChat:
    """A chat that holds each message until the test lets it go, as a stalled connection would."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.entered, self.release = threading.Event(), threading.Event()

    def __call__(self, outgoing: Outgoing) -> SendResult:
        self.entered.set()
        self.release.wait(30)
        self.received.append(outgoing.text)
        return Sent()


def test_telling_never_waits_for_a_stalled_chat():
    chat = SlowChat()
    replies = ReplyWorker(chat, "en_US")
    replies.start()
    try:
        replies.tell(reserved("ana"))
        assert chat.entered.wait(30)
        assert replies.stats().queued == 1  # on its way
        for index in range(200):  # while the first message hangs
            replies.tell(reserved(f"buyer{index}"))
        assert replies.stats().queued == 201
        chat.release.set()
        assert wait_for(lambda: replies.stats().told == 201, timeout=60), replies.stats()
    finally:
        replies.stop()
    assert chat.received[0] == "@ana reserved A1 M · total $10.00"
    assert len(chat.received) < 201  # the rest were merged


def test_a_chat_that_refuses_replies_is_said_once_and_its_replies_counted():
    changes = []
    replies = ReplyWorker(lambda outgoing: Refused("replies on Twitch need the account's token"), "en_US")
    replies.watch(lambda part, health: changes.append(health))
    replies.start()
    try:
        replies.tell(reserved("ana"))
        replies.tell(reserved("bia"))
        assert wait_for(lambda: replies.stats().failed == 2)
        replies.tell(reserved("caio"))
        assert wait_for(lambda: replies.stats().dropped == 1)
    finally:
        replies.stop()
    said = [health.reason for health in changes if health.reason]
    assert said == [f"no replies to {SHOP}: replies on Twitch need the account's token"]
    assert changes[-1].state is PartState.STOPPED


def test_a_stalled_chat_holds_up_only_its_own_replies():
    stalled, youtube = SlowChat(), ReplyRoute("youtube", "CHAT1")
    replies = ReplyWorker(lambda outgoing: stalled(outgoing) if outgoing.route == youtube else Sent(), "en_US")
    replies.start()
    try:
        replies.tell(reserved("ana", route=youtube))
        assert stalled.entered.wait(30)
        replies.tell(reserved("bia"))
        assert wait_for(lambda: replies.stats().told == 1)  # bia, on IRC, while YouTube hangs
        stalled.release.set()
        assert wait_for(lambda: replies.stats().told == 2)
    finally:
        replies.stop()
