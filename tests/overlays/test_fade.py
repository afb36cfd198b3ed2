import pytest

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
