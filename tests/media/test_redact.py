"""Masking stream keys in anything typed as an address."""

from __future__ import annotations

from hypothesis import example, given

from media.redact import redact_url
from tests.typed_addresses import ANY_TEXT, MARK, addresses_with_a_key


def test_what_was_typed_is_shown_with_only_the_key_masked():
    assert redact_url("notaurl") == "notaurl"
    assert redact_url("rtmp://host:99999/live/k") == "rtmp://host:99999/live/****"
    assert redact_url("rtmp://[::1/live/abc") == "rtmp://[::1/live/****"
    assert redact_url("a.rtmp.youtube.com/live2/abcd") == "a.rtmp.youtube.com/live2/****"
    assert redact_url("rtmp://host\\live\\abcd") == "rtmp://host\\live\\****"
    assert redact_url("https://whip.example/whip/token#x") == "https://whip.example/whip/****#****"


@given(ANY_TEXT)
def test_any_text_is_masked_without_an_error(text):
    assert isinstance(redact_url(text), str)


@given(addresses_with_a_key())
@example(f"rtmp://host:99999/live/{MARK}secretkey")
def test_the_key_segment_never_shows(address):
    assert MARK not in redact_url(address)
