"""`vitrina run`'s options checked before anything starts: any text typed, one clear error, no key shown."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from studio.run_options import FPS_CHOICES, RunOptionError, check_fps, check_rtmp_url, check_whip_url
from tests.typed_addresses import ANY_TEXT, MARK, addresses_with_a_key

CHECKS = {"--rtmp": check_rtmp_url, "--whip": check_whip_url}


@pytest.mark.parametrize(
    ("option", "typed", "message"),
    [
        ("--rtmp", "notaurl", "--rtmp notaurl: the address must start with rtmp:// or rtmps://"),
        ("--rtmp", "rtmp://host:99999/live/k", "--rtmp rtmp://host:99999/live/****: the port must be a number from 1 to 65535"),
        ("--rtmp", "rtmp://host:0/live/k", "--rtmp rtmp://host:0/live/****: the port must be a number from 1 to 65535"),
        ("--rtmp", "rtmp://host:19x5/live/k", "--rtmp rtmp://host:19x5/live/****: the port must be a number from 1 to 65535"),
        ("--rtmp", "rtmp://[::1/live/k", "--rtmp rtmp://[::1/live/****: the server name is not valid"),
        ("--rtmp", "rtmp://host/live/k\n", "--rtmp rtmp://host/live/****: the address must not contain spaces or control"),
        ("--rtmp", "rtmp://host/live/my key", "--rtmp rtmp://host/live/****: the address must not contain spaces or control"),
        ("--whip", "https://whip.example:70000/whip/t", "--whip https://whip.example:70000/whip/****: the port must be a number"),
        ("--whip", "whip.example/whip/t", "--whip whip.example/whip/****: a WHIP endpoint is an http:// or https:// address"),
    ],
)
def test_a_bad_address_is_shown_as_typed_with_only_the_key_masked(option, typed, message):
    with pytest.raises(RunOptionError) as raised:
        CHECKS[option](typed)
    assert str(raised.value).startswith(message)


def test_good_addresses_pass_as_typed():
    assert check_rtmp_url("rtmps://live-api-s.facebook.com:443/rtmp/FB-1?s=1") == "rtmps://live-api-s.facebook.com:443/rtmp/FB-1?s=1"
    assert check_rtmp_url("rtmp://127.0.0.1:1935/live/key") == "rtmp://127.0.0.1:1935/live/key"
    assert check_whip_url("https://whip.example/whip/endpoint") == "https://whip.example/whip/endpoint"


@given(st.sampled_from(sorted(CHECKS)), ANY_TEXT)
@example("--rtmp", "rtmp://h:99999/a/b")
@example("--rtmp", "rtmp://h\u2100/a/b")  # a host that NFKC changes: urlsplit raises
def test_any_text_is_refused_only_with_a_run_option_error(option, typed):
    try:
        CHECKS[option](typed)
    except RunOptionError as error:
        assert str(error).startswith(option + " ") and "\n" not in str(error)


@given(st.sampled_from(sorted(CHECKS)), addresses_with_a_key())
@example("--rtmp", f"rtmp://host:99999/live/{MARK}secretkey")
def test_no_refusal_shows_the_key(option, address):
    try:
        CHECKS[option](address)
    except RunOptionError as error:
        assert MARK not in str(error)


@pytest.mark.parametrize(
    ("typed", "rate"),
    [
        ("29.97", Fraction(30000, 1001)), ("30000/1001", Fraction(30000, 1001)), ("59.94", Fraction(60000, 1001)),
        ("60000/1001", Fraction(60000, 1001)), ("15", Fraction(15)), ("20", Fraction(20)), ("24", Fraction(24)),
        ("25", Fraction(25)), ("30", Fraction(30)), ("30.0", Fraction(30)), ("48", Fraction(48)), ("50", Fraction(50)),
        ("60", Fraction(60)),
    ],
)
def test_the_rates_streamers_pick_are_taken_exactly(typed, rate):
    assert check_fps(typed) == rate and isinstance(check_fps(typed), Fraction)


@given(ANY_TEXT)
@example("31")
@example("1e999999999")  # a number that would take for ever to make exact
@example("30000/0")
def test_any_other_rate_is_refused_naming_the_choices(typed):
    try:
        rate = check_fps(typed)
    except RunOptionError as error:
        assert str(error).endswith(": choose 15, 20, 24, 25, 29.97, 30, 48, 50, 59.94 or 60")
    else:
        assert rate in FPS_CHOICES
