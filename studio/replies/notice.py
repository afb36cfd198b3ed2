"""What one buyer is to be told, as a typed value: the reply side builds every message from it
and carries no more of the buyer than their chat name."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import date

from studio.plain_text import clean_line

NAME_LIMIT = 40  # characters of a chat name in a reply: Twitch's are 25, YouTube's longer
FIELD_LIMIT = 60  # characters of a product code, an option value, a total in a reply
PAY_LIMIT = 400  # a Pix copy-and-paste code is about 150; a checkout link rarely longer


class NoticeKind(enum.Enum):
    RESERVED = "reserved"
    WAITLISTED = "waitlisted"
    SOLD_OUT = "sold_out"
    WHICH_VARIANT = "which_variant"
    PRE_ORDER = "pre_order"
    REMINDER = "reminder"
    RELEASED = "released"


@dataclass(frozen=True)
class ReplyRoute:
    """The chat a reply goes back to: the message's platform and channel (a live chat id on YouTube)."""

    platform: str
    channel: str

    def __str__(self) -> str:
        return f"{self.platform} {self.channel}"


@dataclass(frozen=True)
class BuyerNotice:
    kind: NoticeKind
    buyer: str  # the chat name, nothing else of the buyer
    route: ReplyRoute
    product_code: str = ""
    variant: tuple[str, ...] = ()  # the option values bought: ("M", "Navy")
    choices: tuple[str, ...] = ()  # which variant?: what there is to choose from
    cart_id: str | None = None
    total_text: str | None = None  # formatted in the show's locale: "R$ 99,90"
    pay_text: str | None = None  # a payment link or a Pix copy-and-paste code
    hold_end: float | None = None  # seconds since the epoch
    position: int | None = None  # on the waitlist, from 1
    ship_date: date | None = None  # of a pre-order


def reply_name(name: str) -> str:
    """A chat name as a reply writes it: one line of plain text, no invisible or control
    characters, no leading @, at most NAME_LIMIT characters."""
    return _plain(name, NAME_LIMIT).lstrip("@ ") or "?"


def reply_field(text: str, limit: int = FIELD_LIMIT) -> str:
    """A value from the catalog or a cart (hostile like any text from outside) as one short plain line."""
    return _plain(text, limit)


def _plain(text: str, limit: int) -> str:
    # clean_line keeps format characters (zero-width joiners, tags); a name has no use for them
    visible = "".join(char for char in clean_line(text) if unicodedata.category(char) not in ("Cf", "Co", "Cs"))
    visible = " ".join(visible.split())
    return visible if len(visible) <= limit else visible[: limit - 1].rstrip() + "…"
