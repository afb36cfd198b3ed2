"""`vitrina orders [--show ID|last] [--state S] [--json]` lists a show's orders;
`vitrina order ID confirm|pay|ship|cancel` moves one on (a cancellation returns the stock and
moves the waitlist forward); `vitrina restock CODE QUANTITY [VARIANT...]` adds stock, which
also serves the waitlist first."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from studio.catalog import find_by_code
from studio.commands.show_option import show_command
from studio.commerce.buy_comments import fold, variant_named
from studio.commerce.order_list import show_orders
from studio.commerce.orders import STATES, OrderError, change_state, restock
from studio.money import format_money
from studio.paths import Paths
from studio.settings import store_locale
from studio.shows import resolve_show
from studio.store import store_session

ACTIONS = {"confirm": "confirmed", "pay": "paid", "ship": "shipped", "cancel": "cancelled"}


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    listing = show_command(subcommands, common, "orders", "list a show's orders", run_list)
    listing.add_argument("--state", choices=STATES, help="only orders in this state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    one = subcommands.add_parser("order", parents=[common], help="confirm, pay, ship or cancel an order")
    one.add_argument("order_id", type=int, metavar="ID")
    one.add_argument("action", choices=tuple(ACTIONS))
    one.set_defaults(run=run_change)
    stock = subcommands.add_parser("restock", parents=[common], help="add stock; the waitlist is served first")
    stock.add_argument("code", metavar="CODE")
    stock.add_argument("quantity", type=int, metavar="QUANTITY")
    stock.add_argument("variant", nargs="*", metavar="VARIANT", help="the variant's option values, e.g. M blue")
    stock.set_defaults(run=run_restock)


def run_list(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        lines = show_orders(db, show, args.state)
        locale = store_locale(db)
    if args.json:
        print(json.dumps([asdict(line) for line in lines], ensure_ascii=False, indent=2))
        return 0
    for line in lines:
        variant = f" {' / '.join(line.variant)}" if line.variant else ""
        when = datetime.fromtimestamp(line.created_at).strftime("%H:%M:%S")
        print(f"{line.id:>6}  {when}  {line.state:<9}  {line.code}{variant} × {line.quantity}  "
              f"{format_money(line.total, line.currency, locale)}  {line.buyer_name} ({line.platform})")
    print(f"show {show}: {len(lines)} orders")
    return 0


def run_change(args: argparse.Namespace, paths: Paths) -> int:
    state = ACTIONS[args.action]
    with store_session(paths) as db:
        change_state(db, args.order_id, state)
    print(f"order {args.order_id}: {state}")
    return 0


def run_restock(args: argparse.Namespace, paths: Paths) -> int:
    if not 0 < args.quantity <= 1_000_000:
        raise OrderError(f"restock {args.code} {args.quantity}: the quantity is a number from 1 to 1000000")
    with store_session(paths) as db:
        product = find_by_code(db, args.code)
        if product is None or product.id is None:
            raise OrderError(f"restock {args.code}: no product has that code (see `vitrina products`)")
        variant_id = None
        if product.variants:
            sku, problem = variant_named(product, [fold(word) for word in args.variant])
            if problem:
                raise OrderError(f"restock {product.code}: {problem}")
            variant_id = db.execute("SELECT id FROM variants WHERE sku = ?", (sku,)).fetchone()[0]
        if product.total_stock is None:
            raise OrderError(f"restock {product.code}: its stock is not tracked, so it never runs out")
        before = db.execute("SELECT count(*) FROM orders").fetchone()[0]
        restock(db, product.id, variant_id, args.quantity)
        served = db.execute("SELECT count(*) FROM orders").fetchone()[0] - before
    print(f"{product.code}: {args.quantity} added; {served} waiting buyers got orders")
    return 0
