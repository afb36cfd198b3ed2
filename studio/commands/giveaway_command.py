"""`vitrina giveaway start KEYWORD [--minutes N]`: viewers enter by typing the keyword;
`vitrina giveaway draw`: a fair winner, with the seed recorded; `vitrina giveaway verify ID`:
replays a draw from its recorded seed, so anyone can check it."""

from __future__ import annotations

import argparse
from typing import Any

from studio.commands.show_option import show_command
from studio.commerce.giveaways import draw_latest, start_giveaway, verify_draw
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("giveaway", parents=[common], help="run a giveaway in chat")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = show_command(actions, common, "start", "open a giveaway", run_start)
    start.add_argument("keyword", metavar="KEYWORD")
    start.add_argument("--minutes", type=float, default=5.0, help="how long entries are taken (default 5)")
    start.add_argument("--prize", default="", help="what is given away, as the stream shows it")
    show_command(actions, common, "draw", "draw the winner of the show's newest giveaway", run_draw)
    check = actions.add_parser("verify", parents=[common], help="replay a draw from its recorded seed")
    check.add_argument("giveaway_id", type=int, metavar="ID")
    check.set_defaults(run=run_verify)


def run_start(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        giveaway = start_giveaway(db, show, args.keyword, args.minutes, prize=args.prize)
    print(f"giveaway {giveaway} in show {show}: type {args.keyword} in chat within {args.minutes:g} minutes")
    return 0


def run_draw(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        giveaway, result = draw_latest(db, resolve_show(db, args.show))
    print(f"giveaway {giveaway}: {result.winner_name} ({result.platform}) wins among {result.entries} entries; "
          f"seed {result.seed}")
    return 0


def run_verify(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        replay = verify_draw(db, args.giveaway_id)
    print(f"giveaway {args.giveaway_id}: seed {replay.seed} draws {replay.winner_name} again among {replay.entries} entries")
    return 0
