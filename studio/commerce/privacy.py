"""Forgetting a buyer: their messages go, and their orders stay as anonymous lines for the
accounts (what was sold, at what price, when), with no name or id left."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from studio.storage import transaction

ANONYMOUS = "forgotten buyer"


@dataclass(frozen=True)
class Forgotten:
    messages: int
    orders: int
    waitlist: int


def forget_buyer(db: Database, name_or_id: str) -> Forgotten:
    """Matches the buyer's id, or their display name whatever its case, on every platform."""
    who = name_or_id.strip()
    match = "(author_id = ? OR lower(author_name) = lower(?))"
    buyer = "(buyer_id = ? OR lower(buyer_name) = lower(?))"
    with transaction(db):
        messages = db.execute(f"DELETE FROM chat_messages WHERE {match}", (who, who)).rowcount
        anonymous_id = f"forgotten-{uuid.uuid4().hex[:12]}"
        orders = db.execute(f"UPDATE orders SET buyer_name = ?, buyer_id = ? WHERE {buyer}",
                            (ANONYMOUS, anonymous_id, who, who)).rowcount
        waitlist = db.execute(f"UPDATE waitlist SET buyer_name = ?, buyer_id = ? WHERE {buyer}",
                              (ANONYMOUS, anonymous_id, who, who)).rowcount
    return Forgotten(messages, orders, waitlist)
