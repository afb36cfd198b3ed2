"""Hypothesis strategies for addresses as people type them, with a stream key that must never show."""

from __future__ import annotations

from hypothesis import strategies as st

# Any text, lone surrogates included (an undecodable argv byte arrives as one).
ANY_TEXT = st.text(st.characters(blacklist_categories=()))
MARK = "sk_"  # every key starts so, and nothing else in the address holds it: where it shows, the key shows

_SEGMENT = st.text(st.characters(blacklist_categories=(), blacklist_characters="/\\?#"))
_KEY = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x7F), min_size=6)
_SCHEMES = st.sampled_from(["rtmp://", "rtmps://", "https://", "http://", "", "rtmp:/", "RTMP://", "ftp://"])
_TAILS = st.sampled_from(["", "/", "?s=1", "#top"])


@st.composite
def addresses_with_a_key(draw: st.DrawFn) -> str:
    """scheme + anything + / app segments + / the key + a tail: the key is the last path segment."""
    scheme, authority = draw(_SCHEMES), draw(_SEGMENT.filter(lambda text: MARK not in text))
    apps = draw(st.lists(_SEGMENT.filter(lambda text: bool(text) and MARK not in text), max_size=3))
    if not (authority or apps) and scheme.endswith(":/"):
        scheme = scheme[:-1]  # "rtmp:/" + "/" + key would make the key the host
    return scheme + "/".join([authority, *apps, MARK + draw(_KEY)]) + draw(_TAILS)
