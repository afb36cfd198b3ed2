"""How many watch now, asked of the platform where the shop streams: YouTube's
videos.list?part=liveStreamingDetails (concurrentViewers; 1 quota unit a call) and Twitch Helix
GET /helix/streams?user_login= (viewer_count). Specs: youtube:VIDEO_ID, twitch:LOGIN.

Keys and tokens come from the environment or the keyring (studio/secrets.py): YouTube's
VITRINA_YOUTUBE_API_KEY / youtube-api-key or VITRINA_YOUTUBE_TOKEN / youtube-token, as its chat
uses; Twitch's VITRINA_TWITCH_TOKEN / twitch with VITRINA_TWITCH_CLIENT_ID / twitch-client-id.
The API key travels in the query string, so no URL is ever logged or put in an error."""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlencode

from studio.analytics.viewers import ViewerSample, ViewerState
from studio.plain_text import clean_line
from studio.secrets import secret, twitch_client_id, twitch_token
from studio.translatable import QT_TRANSLATE_NOOP, OptionRefusal

log = logging.getLogger(__name__)

YOUTUBE_API = "https://www.googleapis.com/youtube/v3"
TWITCH_API = "https://api.twitch.tv/helix"
TIMEOUT_SECONDS = 15.0
SPECS = "youtube:VIDEO_ID or twitch:LOGIN"


class ViewerSpecError(OptionRefusal):
    """A viewer count's spec that cannot be polled: `--viewers SPEC: why` on the command line, `SPEC: why` in Settings."""

    OPTION = QT_TRANSLATE_NOOP("Refusals", "--viewers %1")


class ViewerCountError(Exception):
    """The platform did not say: `permanent` when asking again will not help (a refused key)."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class ViewerSource(Protocol):
    platform: str

    def count(self) -> ViewerSample:
        """One question to the platform; ViewerCountError when it does not answer it."""


@dataclass(frozen=True)
class ViewerSpec:
    platform: str  # youtube or twitch
    target: str  # the video's id, or the channel's login


def parse_viewer_spec(spec: str) -> ViewerSpec:
    platform, _, target = spec.partition(":")
    target = target.strip()
    if platform not in ("youtube", "twitch"):
        raise ViewerSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: use youtube:VIDEO_ID or twitch:LOGIN"), spec)
    if not target or any(character in target for character in "/?&#= "):
        if platform == "youtube":
            raise ViewerSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: give the live video's id, e.g. youtube:dQw4w9WgXcQ"), spec)
        raise ViewerSpecError(QT_TRANSLATE_NOOP("Refusals", "%1: give the channel's login, e.g. twitch:myshop"), spec)
    return ViewerSpec(platform, target if platform == "youtube" else target.lower())


class YouTubeViewers:
    platform = "youtube"

    def __init__(self, video_id: str, api_key: str | None, token: str | None, api: str = YOUTUBE_API,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.video_id, self._api_key, self._token = video_id, api_key, token
        self._api, self._timeout = api.rstrip("/"), timeout

    def count(self) -> ViewerSample:
        if not (self._api_key or self._token):
            raise ViewerCountError("youtube: no API key or token: set VITRINA_YOUTUBE_API_KEY (or the keyring's "
                                   "vitrina/youtube-api-key)", permanent=True)
        query = {"part": "liveStreamingDetails", "id": self.video_id}
        if self._api_key:
            query["key"] = self._api_key
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        body = _get(self.platform, f"{self._api}/videos?{urlencode(query)}", headers, self._timeout)
        items = body.get("items")
        if not isinstance(items, list) or not items or not isinstance(items[0], dict):
            raise ViewerCountError(f"youtube: no video {self.video_id}", permanent=True)
        details = items[0].get("liveStreamingDetails")
        details = details if isinstance(details, dict) else {}
        if details.get("actualEndTime") or not details.get("actualStartTime"):
            return ViewerSample(self.platform, ViewerState.OFFLINE, None, time.time())
        viewers = _count(details.get("concurrentViewers"))  # a string in the API's JSON; absent when hidden
        state = ViewerState.LIVE if viewers is not None else ViewerState.HIDDEN
        return ViewerSample(self.platform, state, viewers, time.time())


class TwitchViewers:
    platform = "twitch"

    def __init__(self, login: str, client_id: str | None, token: str | None, api: str = TWITCH_API,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.login, self._client_id = login.lower(), client_id
        self._token = token.removeprefix("oauth:") if token else None  # chat's IRC form of the same token
        self._api, self._timeout = api.rstrip("/"), timeout

    def count(self) -> ViewerSample:
        if not (self._client_id and self._token):
            raise ViewerCountError("twitch: Helix needs a token and its Client-Id: set VITRINA_TWITCH_TOKEN and "
                                   "VITRINA_TWITCH_CLIENT_ID (or the keyring's vitrina/twitch and "
                                   "vitrina/twitch-client-id)", permanent=True)
        headers = {"Client-Id": self._client_id, "Authorization": f"Bearer {self._token}"}
        body = _get(self.platform, f"{self._api}/streams?{urlencode({'user_login': self.login})}", headers,
                    self._timeout)
        data = body.get("data")
        if not isinstance(data, list):
            raise ViewerCountError("twitch: the answer was not a list of streams")
        stream = next((item for item in data if isinstance(item, dict)
                       and str(item.get("user_login", "")).lower() == self.login), None)
        if stream is None:  # Helix leaves out a channel that is not live
            return ViewerSample(self.platform, ViewerState.OFFLINE, None, time.time())
        viewers = _count(stream.get("viewer_count"))
        if viewers is None:
            raise ViewerCountError("twitch: the stream came without a viewer count")
        return ViewerSample(self.platform, ViewerState.LIVE, viewers, time.time())


def parse_viewer_specs(text: str) -> tuple[str, ...]:
    """The store's setting as specs, each checked: 'youtube:dQw4w9WgXcQ twitch:myshop'."""
    specs = tuple(text.split())
    for spec in specs:
        parse_viewer_spec(spec)
    return specs


def make_viewer_source(spec: str) -> ViewerSource:
    parsed = parse_viewer_spec(spec)
    if parsed.platform == "youtube":
        return YouTubeViewers(parsed.target, secret("VITRINA_YOUTUBE_API_KEY", "youtube-api-key"),
                              secret("VITRINA_YOUTUBE_TOKEN", "youtube-token"),
                              os.environ.get("VITRINA_YOUTUBE_API", YOUTUBE_API))
    return TwitchViewers(parsed.target, twitch_client_id(), twitch_token(),
                         os.environ.get("VITRINA_TWITCH_API", TWITCH_API))


def _get(platform: str, url: str, headers: dict[str, str], timeout: float) -> dict:
    if not url.startswith(("https://", "http://")):
        raise ViewerCountError(f"{platform}: the API address must be http(s)", permanent=True)
    request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(1_000_000)
    except urllib.error.HTTPError as error:
        raise _refused(platform, error) from None
    except TimeoutError:
        raise ViewerCountError(f"{platform}: no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise ViewerCountError(f"{platform}: no answer within {timeout:g} s") from None
        raise ViewerCountError(f"{platform}: {type(reason).__name__}: {clean_line(str(reason))[:200]}") from None
    except OSError as error:
        raise ViewerCountError(f"{platform}: {type(error).__name__}") from None
    try:
        body = json.loads(raw)
    except ValueError:
        raise ViewerCountError(f"{platform}: the answer was not JSON") from None
    if not isinstance(body, dict):
        raise ViewerCountError(f"{platform}: the answer was not JSON")
    return body


def _refused(platform: str, error: urllib.error.HTTPError) -> ViewerCountError:
    """The platform's own words (YouTube's error.message, Twitch's message), plain and short."""
    try:
        body = json.loads(error.read(100_000))
    except (ValueError, OSError):
        body = {}
    said = body.get("error", {}) if isinstance(body, dict) else {}
    message = said.get("message") if isinstance(said, dict) else body.get("message") if isinstance(body, dict) else ""
    words = clean_line(str(message or ""))[:200]
    status = error.code
    if status in (401, 403):
        hint = "check the API key or token" if platform == "youtube" else "check the token and its Client-Id"
        return ViewerCountError(f"{platform}: refused ({status}){': ' + words if words else ''}; {hint}", permanent=True)
    return ViewerCountError(f"{platform}: answered {status}{': ' + words if words else ''}")


def _count(value: object) -> int | None:
    """A count as the APIs write it (YouTube: "1234", Twitch: 1234); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None
