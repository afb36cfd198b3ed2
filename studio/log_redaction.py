"""Secrets out of log lines and crash reports, whatever code wrote them: a stream key in an RTMP
address, a bearer token, a query string, and the value of every secret the environment carries
(VITRINA_KEY_<NAME>, the chat and WHIP tokens, the remote-control password)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from media.redact import MASK, redact_url

SECRET_VARIABLES = re.compile(r"^VITRINA_(KEY_.+|.*TOKEN.*|.*PASSWORD.*|.*API_KEY.*|.*SECRET.*)$")
_STREAM_ADDRESS = re.compile(r"\b(?:rtmps?|rtmpt|srt)://[^\s'\"<>)\]]+", re.I)
_QUERY = re.compile(r"(\bhttps?://[^\s'\"<>?#]+)[?#][^\s'\"<>)\];,]*", re.I)
_BEARER = re.compile(r"(\bBearer\s+)[A-Za-z0-9._~+/=-]+", re.I)
_SHORTEST_SECRET = 4  # a shorter value would mask ordinary words


def redact_secrets(text: str, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    for name, value in env.items():
        if value and len(value) >= _SHORTEST_SECRET and SECRET_VARIABLES.match(name):
            text = text.replace(value, MASK)
    text = _STREAM_ADDRESS.sub(lambda match: redact_url(match.group(0)), text)
    text = _QUERY.sub(lambda match: match.group(1) + "?" + MASK, text)
    return _BEARER.sub(lambda match: match.group(1) + MASK, text)
