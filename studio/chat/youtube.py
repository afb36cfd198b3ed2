"""YouTube live chat through the Data API's liveChatMessages.list: polled at the pace the API
asks (pollingIntervalMillis), following nextPageToken, with an API key or an OAuth token.
The first page is the chat's recent history: it is skipped, so a restart never re-takes old
buy comments. Quota and permission errors are named, not retried in a storm. A moderator's
deleted message or banned user is handed on as a removal. Replies go into the same chat
through liveChatMessages.insert (studio/chat/youtube_insert.py), with the OAuth token."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from urllib.parse import urlencode

import aiohttp

from media.backoff import retry_delay
from media.health import Health, PartState, retrying
from studio.chat.irc import Deliver
from studio.chat.message import ChatMessage
from studio.chat.pause import pause
from studio.chat.removal import OnRemoved, Removal
from studio.chat.youtube_insert import INSERT_SECONDS, insert_message
from studio.plain_text import clean_line
from studio.replies.notice import ReplyRoute
from studio.replies.results import Refused, Retry, SendResult

log = logging.getLogger(__name__)

API = "https://www.googleapis.com/youtube/v3"
DEFAULT_INTERVAL = 5.0
PERMANENT_REASONS = {"liveChatEnded", "liveChatDisabled", "liveChatNotFound", "forbidden", "quotaExceeded"}


class YouTubeError(Exception):
    def __init__(self, message: str, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class YouTubeConnector:
    platform = "youtube"

    def __init__(self, live_chat_id: str, deliver: Deliver, api_key: str | None = None, token: str | None = None,
                 api: str = API, on_removed: OnRemoved | None = None, reply_timeout: float = INSERT_SECONDS) -> None:
        self.live_chat_id, self._deliver, self._on_removed = live_chat_id, deliver, on_removed
        self._api_key, self._token, self._api = api_key, token, api.rstrip("/")
        self._reply_timeout = reply_timeout
        self._http: aiohttp.ClientSession | None = None  # while running
        self.health = Health(PartState.CONNECTING)
        self.pages = 0

    @property
    def state(self) -> str:
        return self.health.text()

    async def run(self, stop: asyncio.Event) -> None:
        page_token: str | None = None
        attempt = 0
        async with aiohttp.ClientSession() as http:
            self._http = http
            while not stop.is_set():
                try:
                    page_token, interval = await self._poll(http, page_token)
                    attempt = 0
                except YouTubeError as error:
                    log.warning("%s", error)
                    if error.permanent:
                        self.health = Health(PartState.FAILED, str(error))
                        await stop.wait()
                        return
                    attempt, interval = self._retrying(str(error), attempt)
                except (aiohttp.ClientError, TimeoutError) as error:
                    attempt, interval = self._retrying(type(error).__name__, attempt)
                await pause(stop, interval)
            self._http = None

    def replies_to(self, route: ReplyRoute) -> bool:
        return route.platform == self.platform and route.channel == self.live_chat_id

    async def reply(self, route: ReplyRoute, text: str, names: tuple[str, ...]) -> SendResult:
        if not self._token:
            return Refused("replies on YouTube need an OAuth token (VITRINA_YOUTUBE_TOKEN or the keyring's "
                           "vitrina/youtube-token): an API key only reads the chat")
        if self._http is None:
            return Retry("the YouTube chat is not running", 2.0)
        return await insert_message(self._http, self._api, self._token, self.live_chat_id, text, self._reply_timeout)

    def _retrying(self, reason: str, attempt: int) -> tuple[int, float]:
        """The next attempt and the seconds until it, on the one schedule."""
        delay = retry_delay(attempt + 1)
        self.health = retrying(reason, attempt + 1, delay)
        return attempt + 1, delay

    async def _poll(self, http: aiohttp.ClientSession, page_token: str | None) -> tuple[str | None, float]:
        query = {"liveChatId": self.live_chat_id, "part": "snippet,authorDetails", "maxResults": "2000"}
        if page_token:
            query["pageToken"] = page_token
        if self._api_key:
            query["key"] = self._api_key
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        async with http.get(f"{self._api}/liveChat/messages?{urlencode(query)}", headers=headers,
                            timeout=aiohttp.ClientTimeout(total=15)) as response:
            body = await _json(response)
            if response.status != 200:
                raise _error(response.status, body)
        if not isinstance(body, dict):
            raise YouTubeError("youtube: the answer was not a page of chat messages", permanent=False)
        self.health = Health(PartState.JOINED)
        first = page_token is None
        self.pages += 1
        if not first:
            for item in body.get("items") or []:
                await self._take(item)
        return _text(body.get("nextPageToken")) or None, _interval(body.get("pollingIntervalMillis"))

    async def _take(self, item: object) -> None:
        """One item of the page: a removal, a message, or something else to pass over. The
        answer is text from outside: an item of another shape is skipped, never fatal."""
        if not isinstance(item, dict):
            return
        try:
            removal, message = _removal(item, self.live_chat_id), _message(item, self.live_chat_id)
        except (AttributeError, TypeError, ValueError):
            log.info("youtube: skipped an item of an unexpected shape")
            return
        if removal is not None and self._on_removed is not None:
            self._on_removed(removal)
        if message is not None:
            result = self._deliver(message)
            if asyncio.iscoroutine(result):
                await result


async def _json(response: aiohttp.ClientResponse) -> object:
    try:
        return await response.json(content_type=None)
    except ValueError:  # an HTML error page from a proxy, a cut-off body
        return {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _interval(millis: object) -> float:
    """The API's pace in seconds, at least half a second whatever it says."""
    if isinstance(millis, (int, float)) and not isinstance(millis, bool) and millis == millis:
        return max(0.5, min(60.0, millis / 1000))
    return DEFAULT_INTERVAL


def _error(status: int, body: object) -> YouTubeError:
    error = body.get("error", {}) if isinstance(body, dict) else {}
    error = error if isinstance(error, dict) else {}
    listed = error.get("errors")
    listed = listed if isinstance(listed, list) else []
    reasons = [_text(item.get("reason")) for item in listed if isinstance(item, dict)]
    reason = reasons[0] if reasons else ""
    words = {"quotaExceeded": "the YouTube API quota for today is used up",
             "liveChatNotFound": "no live chat with that id", "liveChatEnded": "the live chat has ended",
             "liveChatDisabled": "chat is turned off for that stream",
             "forbidden": "YouTube refused access: check the API key or the account"}
    text = words.get(reason) or f"YouTube answered {status}: {clean_line(str(error.get('message', '')))[:200]}"
    return YouTubeError(f"youtube: {text}", permanent=reason in PERMANENT_REASONS or status in (401, 403, 404))


def _removal(item: dict, live_chat_id: str) -> Removal | None:
    """A moderator's deletion (messageDeletedEvent) or ban (userBannedEvent), as the API reports them."""
    snippet = item.get("snippet", {})
    if snippet.get("type") == "messageDeletedEvent":
        deleted = snippet.get("messageDeletedDetails", {}).get("deletedMessageId")
        return Removal("youtube", live_chat_id, message_id=deleted) if deleted else None
    if snippet.get("type") == "userBannedEvent":
        banned = snippet.get("userBannedDetails", {}).get("bannedUserDetails", {}).get("channelId")
        return Removal("youtube", live_chat_id, user_id=banned) if banned else None
    return None


def _message(item: dict, live_chat_id: str) -> ChatMessage | None:
    snippet, author = item.get("snippet", {}), item.get("authorDetails", {})
    if snippet.get("type") != "textMessageEvent":
        return None
    text = _text(snippet.get("textMessageDetails", {}).get("messageText")) or _text(snippet.get("displayMessage"))
    if not text.strip():
        return None
    badges = {name for name, flag in (("moderator", "isChatModerator"), ("broadcaster", "isChatOwner"),
                                      ("subscriber", "isChatSponsor")) if author.get(flag)}
    try:
        sent = datetime.fromisoformat(_text(snippet.get("publishedAt")).replace("Z", "+00:00")).timestamp()
    except ValueError:
        sent = 0.0
    return ChatMessage("youtube", live_chat_id, _text(author.get("channelId")), clean_line(_text(author.get("displayName")))[:100],
                       clean_line(text), sent, frozenset(badges), _text(item.get("id")))
