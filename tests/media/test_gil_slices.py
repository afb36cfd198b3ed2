"""A running show gives its clock short GIL slices (see media/gil_slices.py for the figures)."""

from __future__ import annotations

import sys

import pytest

from media.gil_slices import SHOW_SWITCH_INTERVAL, favour_the_clock


@pytest.fixture
def default_slices():
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)


def test_favouring_the_clock_shortens_the_slices_and_never_lengthens_them(default_slices):
    favour_the_clock()
    assert sys.getswitchinterval() == pytest.approx(SHOW_SWITCH_INTERVAL)
    sys.setswitchinterval(0.0005)
    favour_the_clock()
    assert sys.getswitchinterval() == pytest.approx(0.0005)
