"""`vitrina forget-buyer NAME_OR_ID`: remove a buyer's messages and personal data; their
orders stay as anonymous lines for the accounts."""

from __future__ import annotations

import argparse
from typing import Any

from studio.commerce.privacy import forget_buyer
from studio.paths import Paths
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("forget-buyer", parents=[common], help="remove a buyer's messages and personal data")
    parser.add_argument("buyer", metavar="NAME_OR_ID")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        forgotten = forget_buyer(db, args.buyer)
        db.execute("VACUUM")  # deleted text must not linger in free pages of the file
    print(f"forgot {args.buyer}: {forgotten.messages} messages removed, {forgotten.orders} orders and "
          f"{forgotten.waitlist} waitlist places, {forgotten.votes_and_entries} poll votes and giveaway entries "
          "made anonymous")
    return 0
