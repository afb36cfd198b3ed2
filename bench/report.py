"""Builds a big show in a temporary store and prints how long its report takes.

    python bench/report.py [--messages 100000] [--orders 5000] [--pins 40] [--runs 5]

The show: 2 hours, 100,000 chat messages from 8,000 chatters (a tenth of them questions), 5,000
orders from 2,500 buyers over 200 products, 40 pins, viewer counts each minute from two
platforms, and an earlier show some of the buyers bought in. Rows go in with executemany in one
transaction (the chat desk's path would take minutes and measures something else). Prints the
time to read every figure (`show_report`, all `vitrina show-report` reads) and to write the HTML. Target: under 1 s for both.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.analytics.html_report import report_html
from studio.analytics.report import show_report
from studio.commands.show_report_command import write_html
from studio.storage import open_database, transaction

START = 1_750_000_000.0
SECONDS = 2 * 3600
PRODUCTS = 200


def build(path: Path, messages: int, orders: int, pins: int) -> int:
    db = open_database(path)
    rng = random.Random(15)
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO products (id, sku, title, price, currency, stock, code) VALUES (?, ?, ?, ?, 'BRL', 1000000, ?)",
            [(n, f"SKU-{n}", f"Produto {n}", 1000 + n * 37, f"P{n}") for n in range(1, PRODUCTS + 1)])
        db.execute("INSERT INTO shows (id, title, started_at, ended_at) VALUES (1, 'earlier', ?, ?)",
                   (START - 86_400, START - 86_400 + SECONDS))
        db.execute("INSERT INTO shows (id, title, started_at, ended_at) VALUES (2, 'bench', ?, ?)", (START, START + SECONDS))
        order_rows = []
        for n in range(orders + orders // 10):
            show = 1 if n >= orders else 2
            product = rng.randint(1, PRODUCTS)
            state = rng.choice(("reserved", "confirmed", "paid", "paid", "shipped", "cancelled"))
            at = (START if show == 2 else START - 86_400) + rng.uniform(0, SECONDS)
            order_rows.append((show, "twitch", f"b{rng.randint(1, 2500)}", "Buyer", product, rng.randint(1, 3),
                               1000 + product * 37, "BRL", state, f"p{product}", at))
        db.conn.executemany(
            "INSERT INTO orders (show_id, buyer_platform, buyer_id, buyer_name, product_id, quantity, unit_price, currency, "
            "state, comment_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", order_rows)
        db.conn.executemany(
            "INSERT INTO chat_messages (show_id, platform, channel, author_id, author_name, text, sent_at, kind, "
            "question_state) VALUES (2, 'twitch', '#shop', ?, 'Viewer', 'hello there', ?, ?, ?)",
            [(f"c{rng.randint(1, 8000)}", START + rng.uniform(0, SECONDS),
              *(("question", rng.choice(("open", "answered"))) if n % 10 == 0 else ("message", None)))
             for n in range(messages)])
        db.conn.executemany(
            "INSERT INTO waitlist (show_id, buyer_platform, buyer_id, buyer_name, product_id, quantity, comment_key, "
            "created_at) VALUES (2, 'twitch', ?, 'Buyer', ?, 1, 'k', ?)",
            [(f"w{n}", rng.randint(1, PRODUCTS), START + rng.uniform(0, SECONDS)) for n in range(300)])
        span = SECONDS / pins
        db.conn.executemany(
            "INSERT INTO pins (show_id, product_id, code, pinned_at, unpinned_at) VALUES (2, ?, ?, ?, ?)",
            [(product, f"P{product}", START + n * span, START + n * span + span * 0.9)
             for n, product in enumerate(rng.sample(range(1, PRODUCTS + 1), pins))])
        db.conn.executemany(
            "INSERT INTO viewer_samples (show_id, platform, state, viewers, at) VALUES (2, ?, 'live', ?, ?)",
            [(platform, rng.randint(50, 900), START + minute * 60 + 5)
             for minute in range(SECONDS // 60) for platform in ("youtube", "twitch")])
    db.execute("ANALYZE")
    db.conn.close()
    return 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=5_000)
    parser.add_argument("--pins", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vitrina.db"
        began = time.perf_counter()
        show = build(path, args.messages, args.orders, args.pins)
        print(f"built {args.messages:,} messages, {args.orders:,} orders, {args.pins} pins in "
              f"{time.perf_counter() - began:.1f} s")
        figures, pages = [], []
        for _ in range(args.runs):
            db = open_database(path)  # a cold connection each run, as a command or the window's job has
            began = time.perf_counter()
            report = show_report(db, show)
            figures.append(time.perf_counter() - began)
            db.conn.close()
            began = time.perf_counter()
            write_html(Path(folder) / "report.html", report_html(report))
            pages.append(time.perf_counter() - began)
        size = (Path(folder) / "report.html").stat().st_size
        print(f"figures: median {statistics.median(figures) * 1000:.0f} ms, max {max(figures) * 1000:.0f} ms "
              f"({report.figures.orders:,} orders, {report.figures.messages:,} messages, {len(report.pins)} pins)")
        print(f"html: median {statistics.median(pages) * 1000:.0f} ms, max {max(pages) * 1000:.0f} ms ({size / 1024:.0f} KiB)")
        total = [a + b for a, b in zip(figures, pages, strict=True)]
        print(f"both: median {statistics.median(total) * 1000:.0f} ms (target under 1000 ms)")


if __name__ == "__main__":
    main()
