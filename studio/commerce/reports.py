"""What a show sold and said: the rows a shop ships from, and the summary after the show."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import datetime, timezone

from sqlite_utils import Database

from studio.money import minor_digits

EXPORT_COLUMNS = ("buyer", "platform", "product", "sku", "variant", "qty", "unit price", "total", "currency",
                  "state", "time")


class ReportError(ValueError):
    pass


def resolve_show(db: Database, which: str) -> int:
    """`last` or a show id, as the user typed it."""
    if which == "last":
        row = db.execute("SELECT max(id) FROM shows").fetchone()
        if row[0] is None:
            raise ReportError("--show last: there has been no show yet")
        return int(row[0])
    if not which.isdigit() or db.execute("SELECT 1 FROM shows WHERE id = ?", (int(which),)).fetchone() is None:
        raise ReportError(f"--show {which}: no such show")
    return int(which)


def orders_csv(db: Database, show_id: int) -> str:
    rows = db.execute(
        """
        SELECT o.buyer_name, o.buyer_platform, p.title, coalesce(v.sku, p.sku), coalesce(v.option_values, ''),
               o.quantity, o.unit_price, o.currency, o.state, o.created_at
        FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
        WHERE o.show_id = ? ORDER BY o.id
        """, (show_id,)).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for buyer, platform, title, sku, variant, quantity, price, currency, state, created in rows:
        writer.writerow([_cell(buyer), platform, _cell(title), sku, " / ".join(_options(variant)), quantity,
                         _amount(price, currency), _amount(price * quantity, currency), currency, state,
                         datetime.fromtimestamp(created, timezone.utc).isoformat(timespec="seconds")])
    return out.getvalue()


def show_summary(db: Database, show_id: int) -> dict:
    live = "o.show_id = ? AND o.state != 'cancelled'"
    revenue = dict(db.execute(f"SELECT currency, sum(unit_price * quantity) FROM orders o WHERE {live} GROUP BY currency",
                              (show_id,)).fetchall())
    units = dict(db.execute(
        f"SELECT p.code, sum(o.quantity) FROM orders o JOIN products p ON p.id = o.product_id WHERE {live} "
        "GROUP BY p.code ORDER BY sum(o.quantity) DESC", (show_id,)).fetchall())
    kinds = Counter(dict(db.execute("SELECT kind, count(*) FROM chat_messages WHERE show_id = ? GROUP BY kind",
                                    (show_id,)).fetchall()))
    minutes = Counter(int(row[0] // 60) for row in db.execute("SELECT sent_at FROM chat_messages WHERE show_id = ?",
                                                               (show_id,)))
    return {
        "show": show_id,
        "orders": db.execute(f"SELECT count(*) FROM orders o WHERE {live}", (show_id,)).fetchone()[0],
        "revenue": {currency: total for currency, total in revenue.items()},
        "units_per_product": units,
        "waitlisted": db.execute("SELECT count(*) FROM waitlist WHERE show_id = ? AND order_id IS NULL",
                                 (show_id,)).fetchone()[0],
        "messages": sum(kinds.values()),
        "questions": kinds.get("question", 0),
        "questions_answered": db.execute("SELECT count(*) FROM chat_messages WHERE show_id = ? AND kind = 'question' "
                                         "AND question_state = 'answered'", (show_id,)).fetchone()[0],
        "flagged": kinds.get("flagged", 0),
        "hidden": kinds.get("hidden", 0),
        "peak_messages_per_minute": max(minutes.values(), default=0),
    }


def _amount(minor: int, currency: str) -> str:
    digits = minor_digits(currency)
    return f"{minor / 10 ** digits:.{digits}f}"


def _options(values: str) -> list[str]:
    return json.loads(values) if values else []


def _cell(text: str) -> str:
    """A spreadsheet must not run a buyer's name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
