"""`vitrina pin CODE` and `vitrina unpin`: the product on stream in a show. A running
`vitrina run` (or the window) follows within a second: the card fades in with live stock."""

from __future__ import annotations

import argparse
from typing import Any

from studio.catalog import find_by_code
from studio.commands.show_option import show_command
from studio.paths import Paths
from studio.shows import ShowError, pin_product, resolve_show
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    pin = show_command(subcommands, common, "pin", "pin a product on stream", run_pin)
    pin.add_argument("code", metavar="CODE", help="the product's code, e.g. A12")
    show_command(subcommands, common, "unpin", "take the pinned product off the stream", run_unpin)


def run_pin(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        product = find_by_code(db, args.code)
        if product is None:
            raise ShowError(f"{args.code}: no product has that code (see `vitrina products`)")
        pin_product(db, show, product.id)
    print(f"show {show}: {product.code} {product.title} pinned")
    return 0


def run_unpin(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        pin_product(db, show, None)
    print(f"show {show}: nothing pinned")
    return 0
