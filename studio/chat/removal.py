"""A moderator's removal on the platform: one message (Twitch CLEARMSG), everything one user
said (CLEARCHAT with a user, a timeout or a ban), or the whole chat (CLEARCHAT alone). The
desk hides what was removed, so it leaves the panel and never reaches the stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Removal:
    platform: str
    channel: str
    message_id: str | None = None  # one message
    user_id: str | None = None  # everything the user said
    # neither: the whole chat until now

    @property
    def everything(self) -> bool:
        return self.message_id is None and self.user_id is None


OnRemoved = Callable[[Removal], None]
