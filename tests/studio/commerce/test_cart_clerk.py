"""The cart clerk on its own thread, as a show runs it, with a clock the test moves."""

from __future__ import annotations

import threading
from pathlib import Path

from studio.commerce.cart_clerk import CartClerk
from studio.commerce.cart_news import CartChanged
from studio.commerce.cart_store import CartEventKind
from studio.replies.switch import SETTING
from studio.settings import set_setting
from tests.studio.commerce.cart_shop import buy, open_shop, stock


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_clerk_releases_a_hold_when_its_clock_says_so_and_tells_it(db, tmp_path: Path):
    show = open_shop(db, hold_minutes="1")
    clock, seen, changed = Clock(1000.0), [], threading.Condition()

    def told(news: CartChanged) -> None:
        with changed:
            seen.append(news)
            changed.notify_all()

    clerk = CartClerk(tmp_path / "vitrina.db", show, told, clock)
    clerk.start()
    try:
        buy(db, show, "ana", "quero A3", at=1000.0)
        with changed:
            assert changed.wait_for(lambda: any(news.kind is CartEventKind.RESERVED for news in seen), 60)
        assert stock(db, "BAG") == 0
        clock.now = 1061.0  # the clerk's next look finds the hold over
        with changed:
            assert changed.wait_for(lambda: any(news.kind is CartEventKind.RELEASED for news in seen), 60)
        # the clock jumped past the hold's end: no reminder for a hold already over
        assert [news.kind for news in seen] == [CartEventKind.RESERVED, CartEventKind.RELEASED]
        assert stock(db, "BAG") == 1 and clerk.health.state.value == "running"
    finally:
        clerk.stop()


def test_the_clerk_says_with_each_news_whether_the_shop_wants_replies(db, tmp_path: Path):
    """The show tells a cart's news in chat only when the shop's switch is on; the clerk reads the
    switch in the same look as the news, so the show never opens the store to ask."""
    show = open_shop(db, hold_minutes="1")
    set_setting(db, SETTING, "off")
    seen, changed = [], threading.Condition()
    clerk: CartClerk

    def told(news: CartChanged) -> None:
        with changed:
            seen.append((news.kind, clerk.replies_on))
            changed.notify_all()

    clerk = CartClerk(tmp_path / "vitrina.db", show, told, Clock(1000.0))
    clerk.start()
    try:
        buy(db, show, "ana", "quero A3", at=1000.0)
        with changed:
            assert changed.wait_for(lambda: len(seen) == 1, 60)
        set_setting(db, SETTING, "on")
        buy(db, show, "bia", "quero A3", at=1001.0)  # sold out: bia waits
        with changed:
            assert changed.wait_for(lambda: len(seen) == 2, 60)
        assert seen == [(CartEventKind.RESERVED, False), (CartEventKind.WAITLISTED, True)]
    finally:
        clerk.stop()
