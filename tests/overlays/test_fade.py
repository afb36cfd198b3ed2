import pytest
from hypothesis import given
from hypothesis import strategies as st

from overlays.fade import FADE_SECONDS, Visibility


def test_showing_fades_in_over_250_ms():
    shown = Visibility(False, 0.0).show(10.0)
    assert FADE_SECONDS == 0.25
    assert shown.opacity(10.0) == 0.0
    assert shown.opacity(10.125) == pytest.approx(0.5)
    assert shown.opacity(10.25) == 1.0 and shown.opacity(99) == 1.0


def test_hiding_fades_out_over_250_ms():
    hidden = Visibility(True, 0.0).hide(5.0)
    assert hidden.opacity(5.0) == 1.0
    assert hidden.opacity(5.0625) == pytest.approx(0.75)
    assert hidden.opacity(5.25) == 0.0


def test_hiding_mid_fade_starts_from_where_it_was():
    showing = Visibility(False, 0.0).show(1.0)
    at_switch = showing.opacity(1.1)
    hiding = showing.hide(1.1)
    assert hiding.opacity(1.1) == pytest.approx(at_switch)
    assert hiding.opacity(1.1 + at_switch * FADE_SECONDS) == pytest.approx(0.0)


def test_showing_what_is_shown_changes_nothing():
    shown = Visibility(True, 3.0)
    assert shown.show(4.0) is shown


@given(st.lists(st.floats(0.0, 0.6), max_size=12), st.booleans())
def test_any_run_of_show_and_hide_never_jumps_and_settles(gaps, start_visible):
    """Opacity stays in 0..1, moves no faster than a full fade allows, and ends where the last call said."""
    visibility, now = Visibility(start_visible, -1.0), 0.0
    samples = [(now, visibility.opacity(now))]
    for gap in gaps:
        for step in range(1, 5):  # the opacity the compositor sees between two calls
            samples.append((now + gap * step / 5, visibility.opacity(now + gap * step / 5)))
        now += gap
        before = visibility.opacity(now)
        visibility = visibility.hide(now) if visibility.visible else visibility.show(now)
        assert visibility.opacity(now) == pytest.approx(before, abs=1e-9)  # a reversal starts where it was
        samples.append((now, visibility.opacity(now)))
    for (t1, o1), (t2, o2) in zip(samples, samples[1:]):
        assert 0.0 <= o2 <= 1.0
        assert abs(o2 - o1) <= (t2 - t1) / FADE_SECONDS + 1e-9
    assert visibility.opacity(now + FADE_SECONDS) == pytest.approx(1.0 if visibility.visible else 0.0)
