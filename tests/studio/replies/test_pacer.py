"""The sliding window at Twitch's real numbers, on a clock the test moves."""

from __future__ import annotations

import pytest

from studio.replies.pacer import PaceLimit, SlidingWindow
from studio.replies.platform_limits import TWITCH, TWITCH_MODERATOR
from tests.studio.replies.helpers import FakeClock, busiest


def send_greedily(window: SlidingWindow, clock: FakeClock, seconds: float, step: float = 0.05) -> list[float]:
    """Sends whenever the window lets a message go, for `seconds` of the fake clock."""
    sent, end = [], clock.now + seconds
    while clock.now < end:
        if window.wait() == 0.0:
            window.sent()
            sent.append(clock.now)
        else:
            clock.advance(min(step, window.wait()))
    return sent


def test_twitch_pace_never_puts_more_than_20_in_any_30_seconds():
    clock = FakeClock()
    sent = send_greedily(SlidingWindow(TWITCH, clock), clock, seconds=600)
    assert busiest(sent, 30.0) == 20
    assert busiest(sent, 30.0 + TWITCH.margin - 0.01) == 20  # the margin is kept too
    assert len(sent) >= 20 * 600 // 32  # and it does not hold back more than the margin asks


def test_a_moderator_account_goes_at_100_and_the_change_keeps_what_was_sent():
    clock = FakeClock()
    window = SlidingWindow(TWITCH, clock)
    sent = send_greedily(window, clock, seconds=5)
    assert len(sent) == 20 and window.wait() > 0
    window.change(TWITCH_MODERATOR)
    sent += send_greedily(window, clock, seconds=120)
    assert busiest(sent, 30.0) == 100


def test_free_counts_what_may_go_now_and_unsend_gives_one_back():
    clock = FakeClock()
    window = SlidingWindow(PaceLimit(3, 10.0), clock)
    assert window.free() == 3
    window.sent()
    window.sent()
    assert window.free() == 1
    window.unsend()
    assert window.free() == 2
    window.sent()
    window.sent()
    assert window.free() == 0 and window.wait() == pytest.approx(10.0)
    clock.advance(10.0)
    assert window.free() == 3 and window.wait() == 0.0


@pytest.mark.parametrize("limit", [(0, 30.0, 0.0), (20, 0.0, 0.0), (20, 30.0, -1.0)])
def test_an_impossible_pace_is_refused(limit):
    with pytest.raises(ValueError, match="a pace is at least"):
        PaceLimit(*limit)
