"""One chat's replies on a clock the test moves: merged once they would wait, paced at the
platform's real numbers, and what a refusal, a rejection, a retry or a quota error does."""

from __future__ import annotations

from studio.replies.notice import BuyerNotice, NoticeKind
from studio.replies.pacer import PaceLimit
from studio.replies.platform_limits import TWITCH, TWITCH_MODERATOR, budget
from studio.replies.results import Refused, Rejected, Retry, Sent
from studio.replies.route_queue import Outgoing, RouteQueue
from tests.studio.replies.helpers import SHOP, FakeClock, busiest, reserved


def queue(clock: FakeClock, limit: PaceLimit = TWITCH, **options: float) -> RouteQueue:
    return RouteQueue(SHOP, limit, budget(SHOP), "en_US", clock, **options)  # type: ignore[arg-type]


def drain(route: RouteQueue, clock: FakeClock, until: float, step: float = 0.1) -> list[tuple[float, Outgoing]]:
    sent = []
    while clock.now < until:
        outgoing = route.take()
        if outgoing is None:
            clock.advance(step)
            continue
        route.done(outgoing, Sent())
        sent.append((clock.now, outgoing))
    return sent


def test_a_queue_longer_than_the_pace_allows_now_is_merged():
    clock = FakeClock()
    route = queue(clock, PaceLimit(2, 30.0))
    for name in ("ana", "bia", "caio", "dani"):
        route.add(reserved(name))
    sent = drain(route, clock, clock.now + 1)
    assert [outgoing.text for _, outgoing in sent] == [
        "@ana (A1 M · $10.00) @bia (A1 M · $10.00) @caio (A1 M · $10.00) @dani (A1 M · $10.00): reserved"]


def test_a_short_queue_is_told_one_by_one():
    clock = FakeClock()
    route = queue(clock)
    for name in ("ana", "bia", "caio"):
        route.add(reserved(name))
    sent = drain(route, clock, clock.now + 1)
    assert [outgoing.text for _, outgoing in sent] == [
        "@ana reserved A1 M · total $10.00", "@bia reserved A1 M · total $10.00", "@caio reserved A1 M · total $10.00"]


def test_500_buyers_in_10_seconds_at_twitch_s_real_pace_are_all_told_merged_within_the_limit():
    clock = FakeClock()
    route = queue(clock)
    sent: list[tuple[float, Outgoing]] = []
    start = clock.now
    for index in range(500):  # one every 20 ms, for 10 s, sending whenever the pace allows
        kind = (NoticeKind.RESERVED, NoticeKind.WAITLISTED, NoticeKind.WHICH_VARIANT)[index % 3]
        route.add(BuyerNotice(kind, f"buyer{index:03}", SHOP, f"A{index % 5}", ("M",), choices=("S", "M"),
                              total_text="$10.00", position=index // 15 + 1))
        sent += drain(route, clock, clock.now + 0.02, step=0.02)
    sent += drain(route, clock, clock.now + 600)
    told = [queued.notice.buyer for _, outgoing in sent for queued in outgoing.told]
    assert sorted(told) == [f"buyer{index:03}" for index in range(500)]  # each once
    assert busiest([moment for moment, _ in sent], 30.0) <= 20
    assert max(len(outgoing.names) for _, outgoing in sent) > 5  # merged
    assert all(len(outgoing.text.encode()) <= (budget(SHOP).max_bytes or 0) for _, outgoing in sent)
    assert route.stats.told == 500 and route.stats.max_delay < 120
    assert max(moment for moment, _ in sent) - start < 120


def test_a_retry_holds_the_message_and_sends_it_first_later():
    clock = FakeClock()
    route = queue(clock)
    route.add(reserved("ana"))
    route.add(reserved("bia"))
    first = route.take()
    assert first is not None
    route.done(first, Retry("not in #shop yet", 2.0))
    assert route.take() is None and route.wait() == 2.0
    assert route.pacer.free() == 20  # it never went, so it does not count against the pace
    clock.advance(2.0)
    again = route.take()
    assert again == first


def test_a_quota_error_pauses_for_the_quota_pause():
    clock = FakeClock()
    route = queue(clock, quota_pause=1800.0)
    route.add(reserved("ana"))
    outgoing = route.take()
    assert outgoing is not None
    route.done(outgoing, Retry("quota used up", 0.0, reached=True, until_quota=True))
    assert route.wait() == 1800.0 and route.pacer.free() == 19


def test_a_rejected_message_is_dropped_and_a_refused_chat_sends_nothing_more():
    clock = FakeClock()
    route = queue(clock)
    for name in ("ana", "bia", "caio"):
        route.add(reserved(name))
    first = route.take()
    assert first is not None
    route.done(first, Rejected("text refused"))
    second = route.take()
    assert second is not None and second.names == ("bia",)
    route.done(second, Refused("no token"))
    assert route.wait() is None and route.take() is None
    assert not route.add(reserved("dani"))
    assert (route.stats.failed, route.stats.dropped, route.stats.told, route.refused) == (3, 1, 0, "no token")


def test_past_the_bound_or_too_old_a_notice_is_dropped_and_counted():
    clock = FakeClock()
    route = queue(clock, PaceLimit(1, 60.0), max_pending=3, max_age=30.0)
    kinds = (NoticeKind.RESERVED, NoticeKind.SOLD_OUT, NoticeKind.RELEASED, NoticeKind.RESERVED)
    added = [route.add(BuyerNotice(kind, name, SHOP, "A1")) for kind, name in zip(kinds, ("ana", "bia", "caio", "dani"))]
    assert added == [True, True, True, False]  # three kinds: nobody to merge with
    first = route.take()
    assert first is not None
    route.done(first, Sent())
    clock.advance(61.0)
    assert route.take() is None  # the two left are older than 30 s
    assert route.stats.dropped == 3 and route.stats.told == 1


def test_twitch_s_higher_limit_applies_while_the_account_moderates_the_channel():
    clock = FakeClock()
    route = queue(clock, moderator_limit=TWITCH_MODERATOR)  # type: ignore[arg-type]
    route.add(reserved("ana"))
    first = route.take()
    assert first is not None
    route.done(first, Sent(moderator=True))
    assert route.pacer.limit == TWITCH_MODERATOR
    route.add(reserved("bia"))
    second = route.take()
    assert second is not None
    route.done(second, Sent(moderator=False))  # unmodded: back to 20
    assert route.pacer.limit == TWITCH
