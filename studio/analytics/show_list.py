"""The shows a shop has had, newest first, with what each sold: the report window's list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studio.commerce.reports import LIVE_ORDERS


@dataclass(frozen=True)
class PastShow:
    show_id: int
    title: str
    started_at: float
    ended_at: float | None
    orders: int
    revenue: dict[str, int]  # minor units by currency


def past_shows(db: Database, limit: int = 500) -> list[PastShow]:
    shows = db.execute("SELECT id, title, started_at, ended_at FROM shows ORDER BY started_at DESC, id DESC LIMIT ?",
                       (limit,)).fetchall()
    found = []
    for show_id, title, started_at, ended_at in shows:
        sold = db.execute(f"SELECT currency, count(*), sum(unit_price * quantity) FROM orders o WHERE {LIVE_ORDERS} "
                          "GROUP BY currency ORDER BY currency", (show_id,)).fetchall()
        found.append(PastShow(show_id, title, started_at, ended_at, sum(row[1] for row in sold),
                              {currency: total for currency, _, total in sold}))
    return found
