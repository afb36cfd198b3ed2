"""`vitrina chat [--show ID|last] [--kind KIND] [--last N]`: the show's chat as the store kept
it, newest last, each message with what it was taken for: a buy (and its order or waitlist
place), a comment flagged for the host (with why: "which Size?"), a question, or hidden."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from studio.commands.show_option import show_command
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session

KINDS = ("message", "question", "buy", "flagged", "hidden")


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = show_command(subcommands, common, "chat", "read the show's chat as it was taken", run)
    parser.add_argument("--kind", choices=KINDS, help="only messages taken as this, e.g. flagged")
    parser.add_argument("--last", type=int, default=20, metavar="N", help="how many, the newest (default 20)")


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        rows = db.execute(
            "SELECT * FROM (SELECT id, sent_at, platform, author_name, text, kind, note FROM chat_messages "
            "WHERE show_id = ? AND (? IS NULL OR kind = ?) ORDER BY id DESC LIMIT ?) ORDER BY id",
            (show, args.kind, args.kind, max(1, args.last))).fetchall()
    for message_id, sent_at, platform, author, text, kind, note in rows:
        when = datetime.fromtimestamp(sent_at).strftime("%H:%M:%S")
        said = "(hidden)" if kind == "hidden" else text
        print(f"{message_id:>6}  {when}  {kind:<8}  {author} ({platform}): {said}" + (f"  [{note}]" if note else ""))
    print(f"show {show}: {len(rows)} messages shown")
    return 0
