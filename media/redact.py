"""Stream keys and tokens never reach a log line, an error message or the stats."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

MASK = "****"


def redact_url(url: str) -> str:
    """rtmp://a.rtmp.youtube.com/live2/abcd-1234 -> rtmp://a.rtmp.youtube.com/live2/****

    The last path segment (the stream key), any query and any user:password are masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.username or parts.password:
        host = f"{MASK}@{host}"
    path = parts.path
    if "/" in path.strip("/"):
        path = path.rsplit("/", 1)[0] + "/" + MASK
    elif path.strip("/"):
        path = "/" + MASK
    return urlunsplit((parts.scheme, host, path, MASK if parts.query else "", ""))


def redact_text(text: str, secret: str) -> str:
    """`text` with every occurrence of `secret` (and its URL's key) masked."""
    return text.replace(secret, redact_url(secret)) if secret else text
