"""Stream keys and tokens never reach a log line, an error message or the stats."""

from __future__ import annotations

import re

MASK = "****"

# Read by hand rather than by urlsplit, which raises on a bad port or a bad IPv6 host:
# masking must work on anything typed, whatever is wrong with it. A backslash typed for a
# slash separates segments too.
_ADDRESS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)?(?P<authority>[^/\\?#]*)(?P<path>[^?#]*)(?P<rest>.*)", re.S)
_SEPARATOR = re.compile(r"([/\\])")


def redact_url(url: str) -> str:
    """rtmp://a.rtmp.youtube.com/live2/abcd-1234 -> rtmp://a.rtmp.youtube.com/live2/****

    The rest is shown as typed; masked are the last path segment (the stream key), any query
    or fragment, and any user:password. Text without a slash has no key: `notaurl` stays."""
    parts = _ADDRESS.fullmatch(url)
    if parts is None:  # cannot happen (every group is optional), but never show what did not parse
        return MASK
    authority = parts["authority"]
    if "@" in authority:
        authority = MASK + "@" + authority.rsplit("@", 1)[1]
    rest = parts["rest"][:1] + MASK if parts["rest"] else ""
    return (parts["scheme"] or "") + authority + _mask_last_segment(parts["path"]) + rest


def _mask_last_segment(path: str) -> str:
    pieces = _SEPARATOR.split(path)  # segments at even indexes, the separators between them
    filled = [index for index in range(0, len(pieces), 2) if pieces[index]]
    if filled:
        pieces[filled[-1]] = MASK
    return "".join(pieces)


def redact_text(text: str, secret: str) -> str:
    """`text` with every occurrence of `secret` (and its URL's key) masked."""
    return text.replace(secret, redact_url(secret)) if secret else text
