"""A message into a YouTube live chat: the Data API's liveChatMessages.insert, with an OAuth
token (an API key only reads). Each call costs quota (20 units), whatever its answer; the
answer's documented errors say what happens next: a refused token or an ended chat stops the
replies, a used-up quota or too many messages pause them, a text it refuses drops that one."""

from __future__ import annotations

import aiohttp

from studio.plain_text import clean_line
from studio.replies.results import Refused, Rejected, Retry, SendResult, Sent

INSERT_SECONDS = 10.0
RATE_PAUSE = 60.0  # seconds after rateLimitExceeded
SERVER_PAUSE = 10.0  # after a 5xx or a connection that failed
QUOTA_REASONS = ("quotaExceeded", "dailyLimitExceeded")
ENDED = {"liveChatEnded": "the live chat has ended", "liveChatDisabled": "chat is turned off for that stream",
         "liveChatNotFound": "no live chat with that id",
         "forbidden": "YouTube does not let this account post in that chat"}


async def insert_message(http: aiohttp.ClientSession, api: str, token: str, live_chat_id: str, text: str,
                         timeout: float = INSERT_SECONDS) -> SendResult:
    body = {"snippet": {"liveChatId": live_chat_id, "type": "textMessageEvent",
                        "textMessageDetails": {"messageText": text}}}
    try:
        async with http.post(f"{api}/liveChat/messages?part=snippet", json=body,
                             headers={"Authorization": f"Bearer {token}"},
                             timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            if response.status == 200:
                return Sent()
            return failure(response.status, await _json(response))
    except TimeoutError:
        return Retry(f"YouTube did not answer within {timeout:g} s", SERVER_PAUSE, reached=True)
    except aiohttp.ClientError as error:
        return Retry(f"YouTube could not be reached ({type(error).__name__})", SERVER_PAUSE)


def failure(status: int, body: object) -> SendResult:
    """What a documented error answer means for the replies."""
    error = body.get("error", {}) if isinstance(body, dict) else {}
    error = error if isinstance(error, dict) else {}
    listed = error.get("errors")
    reasons = [item.get("reason") for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []
    reason = next((item for item in reasons if isinstance(item, str)), "")
    said = clean_line(str(error.get("message", "")))[:200]
    if status == 401:
        return Refused("YouTube refused the token (401): replies need an OAuth token allowed to post "
                       "(VITRINA_YOUTUBE_TOKEN or the keyring's vitrina/youtube-token)")
    if reason in QUOTA_REASONS:
        return Retry("the YouTube API quota for today is used up", 0.0, reached=True, until_quota=True)
    if reason == "rateLimitExceeded" or status == 429:
        return Retry("YouTube says too many messages were sent", RATE_PAUSE, reached=True)
    if reason in ENDED or status in (403, 404):
        return Refused(f"youtube: {ENDED.get(reason) or f'YouTube answered {status}: {said}'}")
    if status >= 500:
        return Retry(f"YouTube answered {status}", SERVER_PAUSE, reached=True)
    return Rejected(f"YouTube refused a reply ({status} {reason or said})")


async def _json(response: aiohttp.ClientResponse) -> object:
    try:
        return await response.json(content_type=None)
    except ValueError:  # an HTML error page from a proxy, a cut-off body
        return {}
