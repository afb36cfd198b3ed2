"""Replies on a real IRC server (Debian's ngircd): buy comments said in the channel are answered
there, and a flood of 500 buyers in 10 s is told in full, merged, without the server ever
seeing more messages in a window than the pace allows (a fast test pace: 20 in 3 s)."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter

from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute
from studio.replies.pacer import PaceLimit
from studio.replies.platform_limits import IRC_LINE_BYTES, ReplyLimits
from studio.replies.reply_worker import ReplyWorker
from tests.ngircd import IrcClient
from tests.studio.chat.floors import running_floor
from tests.studio.chat.test_irc import wait_for
from tests.studio.replies.floor_replies import floor_and_replies, joined
from tests.studio.replies.helpers import busiest
from tests.studio.replies.irc_listener import Listener

SHOP = ReplyRoute("irc", "#shop")
TEST_PACE = PaceLimit(20, 3.0, margin=0.5)


def test_buy_comments_in_the_channel_are_answered_there(ngircd, tmp_path):
    listener = Listener(ngircd.port, "watcher", "#shop")
    floor, replies = floor_and_replies(tmp_path, ngircd.url())
    try:
        replies.start()
        with running_floor(floor):
            assert joined(floor)
            with IrcClient(ngircd.port, "ana") as ana, IrcClient(ngircd.port, "bia") as bia:
                ana.join("#shop")
                bia.join("#shop")
                ana.say("#shop", "sold A2")
                bia.say("#shop", "sold A8")  # none in stock
                ana.say("#shop", "sold A3")  # which size?
                assert wait_for(lambda: len(listener.privmsgs()) >= 6, timeout=60), listener.heard[-10:]
    finally:
        replies.stop()
        listener.close()
    from_studio = [heard.text for heard in listener.privmsgs() if not heard.raw.startswith((":ana!", ":bia!"))]
    assert len(from_studio) == 3  # two people's lines may reach the server in either order
    assert any(re.match(r"@ana reserved A2 · cart [A-Z2-9]{5} · total ", text) for text in from_studio)
    assert "@bia A8 is sold out: you are #1 on the waitlist" in from_studio
    assert "@ana which A3? 38, 39, 40, 41, 42" in from_studio


def test_500_buyers_in_10_seconds_are_all_told_and_the_server_never_sees_more_than_the_pace(ngircd, tmp_path):
    listener = Listener(ngircd.port, "watcher", "#shop")
    floor, replies = floor_and_replies(tmp_path, ngircd.url(), ReplyLimits(irc=TEST_PACE))
    names = [f"buyer{index:03}" for index in range(500)]
    try:
        with running_floor(floor):
            assert joined(floor)
            replies.start()
            feeder = threading.Thread(target=flood, args=(replies, names), name="flood")
            feeder.start()
            feeder.join(60)
            assert wait_for(lambda: replies.stats().told == 500, timeout=120), replies.stats()
            assert wait_for(lambda: told_names(listener) == len(names), timeout=30)
    finally:
        replies.stop()
        listener.close()
    heard = listener.privmsgs()
    said = Counter(name for line in heard for name in re.findall(r"@(buyer\d{3})\b", line.text))
    assert sorted(said) == names and set(said.values()) == {1}  # every buyer told, once
    assert busiest([line.at for line in heard], TEST_PACE.seconds) <= TEST_PACE.messages
    assert max(len(re.findall("@buyer", line.text)) for line in heard) > 5  # merged once the queue grew
    assert len(heard) < 100
    assert all(len(line.raw.encode()) + 2 <= IRC_LINE_BYTES for line in heard)  # as relayed, prefix and all
    stats = replies.stats()
    assert (stats.told, stats.dropped, stats.failed, stats.queued) == (500, 0, 0, 0)


def flood(replies: ReplyWorker, names: list[str]) -> None:
    """500 buyers over about 10 s: 25 every half second, of three kinds over five products."""
    kinds = (NoticeKind.RESERVED, NoticeKind.WAITLISTED, NoticeKind.WHICH_VARIANT)
    for index, name in enumerate(names):
        replies.tell(BuyerNotice(kinds[index % 3], name, SHOP, f"A{index % 5 + 1}", ("M",), choices=("S", "M", "L"),
                                 total_text="$25.00", position=index // 15 + 1))
        if index % 25 == 24:
            time.sleep(0.5)


def told_names(listener: Listener) -> int:
    return len({name for line in listener.privmsgs() for name in re.findall(r"@(buyer\d{3})\b", line.text)})
