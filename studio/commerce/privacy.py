"""Forgetting a buyer: their messages go; their orders stay as anonymous lines for the
accounts (what was sold, at what price, when), and their poll votes and giveaway entries stay
as anonymous ones (counts and a recorded draw still add up), with no name or id left. Logs
never carry a buyer's name, so there is nothing to scrub there."""

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
    votes_and_entries: int = 0


def forget_buyer(db: Database, name_or_id: str) -> Forgotten:
    """Matches the buyer's id, or their display name in any case and any script, on every platform."""
    who = name_or_id.strip()
    db.conn.create_function("casefold", 1, lambda text: text.casefold() if isinstance(text, str) else text,
                            deterministic=True)
    anonymous = f"forgotten-{uuid.uuid4().hex[:12]}"
    with transaction(db):
        ids = _their_ids(db, who)
        messages = db.execute("DELETE FROM chat_messages WHERE author_id = ? OR casefold(author_name) = casefold(?)",
                              (who, who)).rowcount
        orders = _anonymise(db, "orders", "buyer_id", "buyer_name", who, anonymous)
        waitlist = _anonymise(db, "waitlist", "buyer_id", "buyer_name", who, anonymous)
        _anonymise(db, "carts", "buyer_id", "buyer_name", who, anonymous)
        entries = _anonymise(db, "giveaway_entries", "entrant_id", "entrant_name", who, anonymous)
        _anonymise(db, "giveaways", "winner_id", "winner_name", who, anonymous)
        votes = sum(db.execute("UPDATE poll_votes SET voter_id = ? WHERE voter_id = ?", (anonymous, known)).rowcount
                    for known in ids)
    return Forgotten(messages, orders, waitlist, entries + votes)


def _their_ids(db: Database, who: str) -> set[str]:
    """Every id the buyer has had: the one given, and those behind the name anywhere it was stored."""
    ids = {who}
    for table, id_column, name_column in (("chat_messages", "author_id", "author_name"),
                                          ("orders", "buyer_id", "buyer_name"),
                                          ("giveaway_entries", "entrant_id", "entrant_name")):
        ids |= {row[0] for row in db.execute(
            f"SELECT DISTINCT {id_column} FROM {table} WHERE casefold({name_column}) = casefold(?)", (who,))}
    return ids


def _anonymise(db: Database, table: str, id_column: str, name_column: str, who: str, anonymous: str) -> int:
    return db.execute(f"UPDATE {table} SET {name_column} = ?, {id_column} = ? "
                      f"WHERE {id_column} = ? OR casefold({name_column}) = casefold(?)",
                      (ANONYMOUS, anonymous, who, who)).rowcount
