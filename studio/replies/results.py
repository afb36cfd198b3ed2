"""How one reply message fared on its way to a chat, as the senders report it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sent:
    moderator: bool = False  # the account moderates the channel (Twitch's USERSTATE): a higher limit applies


@dataclass(frozen=True)
class Retry:
    """Not sent now; try again `after` seconds. `reached`: it may have got there all the same
    (a timeout), or it cost quota, so it counts against the platform's limit."""

    reason: str
    after: float
    reached: bool = False
    until_quota: bool = False  # after the quota pause the show's limits set, not `after`


@dataclass(frozen=True)
class Rejected:
    """This message will never go (the platform refused its text); the next ones may."""

    reason: str


@dataclass(frozen=True)
class Refused:
    """Nothing will go to this chat: no token, a token refused, the chat ended."""

    reason: str


SendResult = Sent | Retry | Rejected | Refused
