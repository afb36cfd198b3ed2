"""`vitrina run`'s refusals through the command line, in-process: one line, the option named, no key."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--rtmp", "rtmp://host:99999/live/k3y-secret"],
         "vitrina: --rtmp rtmp://host:99999/live/****: the port must be a number from 1 to 65535"),
        (["--rtmp", "notaurl"], "vitrina: --rtmp notaurl: the address must start with rtmp:// or rtmps://"),
        (["--rtmp", "rtmp://[::1/live/k3y-secret"], "vitrina: --rtmp rtmp://[::1/live/****: the server name is not valid"),
        (["--whip", "http://whip.example:port/whip/k3y-secret"],
         "vitrina: --whip http://whip.example:port/whip/****: the port must be a number from 1 to 65535"),
        (["--fps", "31"], "vitrina: --fps 31: choose 15, 20, 24, 25, 29.97, 30, 48, 50, 59.94 or 60"),
    ],
)
def test_a_bad_address_or_rate_ends_in_one_clear_line(vitrina, args, line):
    code, out, err = vitrina("run", *args, "--duration", "1")
    assert (code, out, err) == (1, "", line + "\n")


def test_a_viewers_spec_that_cannot_be_polled_is_named(vitrina):
    code, out, err = vitrina("run", "--viewers", "twitch:my/shop", "--duration", "1", "--audio", "none")
    assert (code, out) == (1, "")
    assert err == "vitrina: --viewers twitch:my/shop: give the channel's login, e.g. twitch:myshop\n"
