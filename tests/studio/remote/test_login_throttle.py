"""After five wrong answers an address gets one try a second; others are not slowed."""

from __future__ import annotations

from studio.remote.login_throttle import FORGIVEN_AFTER, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_are_free_then_one_try_a_second_and_other_addresses_are_not_slowed():
    clock = Clock()
    throttle = LoginThrottle(clock)
    for _ in range(5):
        assert throttle.wait_before_checking("10.0.0.9") == 0.0
        throttle.failed("10.0.0.9")
    waits = [throttle.wait_before_checking("10.0.0.9") for _ in range(3)]  # three tries at once
    assert waits == [0.0, 1.0, 2.0]
    assert throttle.wait_before_checking("10.0.0.7") == 0.0


def test_a_right_answer_or_a_quiet_minute_forgives_the_address():
    clock = Clock()
    throttle = LoginThrottle(clock)
    for _ in range(6):
        throttle.failed("a")
        throttle.failed("b")
    throttle.succeeded("a")
    assert throttle.wait_before_checking("a") == 0.0
    clock.now += FORGIVEN_AFTER + 1
    assert throttle.wait_before_checking("b") == 0.0
