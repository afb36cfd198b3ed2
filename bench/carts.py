"""Carts under a rush: buy comments taken by the chat desk (each makes its order, cart and cart
event in one transaction) while the cart clerk's round of holds releases expired ones, and what
it costs to read the events back as CartChanged values.

    python bench/carts.py [--comments 5000] [--hold-minutes 1]

Prints comments per second through the desk with holds and carts, the time of a hold round that
releases orders (and promotes the waitlist), and the time to read a batch of events.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.chat.desk import ChatDesk  # noqa: E402
from studio.chat.message import ChatMessage  # noqa: E402
from studio.commerce.cart_clerk import CartDesk  # noqa: E402
from studio.commerce.holds import run_holds  # noqa: E402
from studio.commerce.orders import restock  # noqa: E402
from studio.paths import resolve_paths  # noqa: E402
from studio.settings import set_setting  # noqa: E402
from studio.shows import start_show  # noqa: E402
from studio.store import open_store  # noqa: E402

TEXTS = ("sold A2", "quero A9 M", "sold A1 M sand x2", "je prends A6", "беру A4", "sold A5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=5000)
    parser.add_argument("--hold-minutes", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(resolve_paths(Path(folder)))
        set_setting(db, "hold_minutes", str(args.hold_minutes))
        set_setting(db, "shipping_fee", "5")
        for product_id, in db.execute("SELECT id FROM products WHERE stock IS NOT NULL").fetchall():
            restock(db, product_id, None, 100_000)
        show = start_show(db, "bench", at=0.0)
        desk, clerk = ChatDesk(db, show), CartDesk(db, show, clock=lambda: 0.0, from_start=True)
        started = time.perf_counter()
        for index in range(args.comments):
            buyer = f"b{index % (args.comments // 3 or 1)}"  # about three comments a buyer: carts with several items
            desk.take(ChatMessage("twitch", "#shop", buyer, buyer, TEXTS[index % len(TEXTS)], float(index) / 10))
        took = time.perf_counter() - started
        print(f"{args.comments} buy comments through the desk with carts and holds: "
              f"{args.comments / took:,.0f}/s ({took * 1000 / args.comments:.2f} ms each)")
        started = time.perf_counter()
        news = clerk.tick()
        read = time.perf_counter() - started
        print(f"first {len(news)} cart events read as CartChanged: {read * 1000:.0f} ms "
              f"({read * 1000 / max(1, len(news)):.2f} ms each)")
        started = time.perf_counter()
        released = run_holds(db, args.hold_minutes * 60 + args.comments / 10 + 1).released
        took = time.perf_counter() - started
        print(f"a hold round releasing {released} orders: {took * 1000:.0f} ms "
              f"({took * 1000 / max(1, released):.2f} ms each, each its own transaction)")
        db.conn.close()


if __name__ == "__main__":
    main()
