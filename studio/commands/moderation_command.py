"""`vitrina block word|user TEXT`, `vitrina unblock word|user TEXT` and `vitrina blocked`:
chat from blocked users, or with blocked words, is stored as hidden and never shown or used.
A running show picks a change up within a second."""

from __future__ import annotations

import argparse
from typing import Any

from studio.commerce.moderation import BLOCKED_USERS, BLOCKED_WORDS, ModerationError, block, blocked, unblock
from studio.paths import Paths
from studio.store import store_session

KINDS = {"word": BLOCKED_WORDS, "user": BLOCKED_USERS}


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    for name, action in (("block", run_block), ("unblock", run_unblock)):
        parser = subcommands.add_parser(name, parents=[common], help=f"{name} a word or a user in chat")
        parser.add_argument("kind", choices=tuple(KINDS))
        parser.add_argument("entry", metavar="TEXT", help="a word or phrase, or a user's name or id")
        parser.set_defaults(run=action)
    listing = subcommands.add_parser("blocked", parents=[common], help="list blocked words and users")
    listing.set_defaults(run=run_list)


def run_block(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        block(db, KINDS[args.kind], args.entry)
    print(f"blocked {args.kind} {args.entry.strip()}")
    return 0


def run_unblock(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        if not unblock(db, KINDS[args.kind], args.entry):
            raise ModerationError(f"{args.kind} {args.entry.strip()} was not blocked")
    print(f"unblocked {args.kind} {args.entry.strip()}")
    return 0


def run_list(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        for kind, setting in KINDS.items():
            print(f"{kind}s: {', '.join(blocked(db, setting)) or 'none'}")
    return 0
