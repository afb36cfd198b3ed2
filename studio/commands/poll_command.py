"""`vitrina poll start QUESTION OPTION OPTION... [--minutes N]`: viewers vote by typing 1/2/3
or A/B/C; `vitrina poll results`: the votes so far of the show's newest poll."""

from __future__ import annotations

import argparse
from typing import Any

from overlays.poll import percentages
from studio.commands.show_option import show_command
from studio.commerce.polls import latest_poll, results, start_poll
from studio.overlay_views import poll_view
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("poll", parents=[common], help="start a poll in chat, or see its results")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = show_command(actions, common, "start", "start a poll", run_start)
    start.add_argument("question")
    start.add_argument("options", nargs="+", metavar="OPTION")
    start.add_argument("--minutes", type=float, default=2.0, help="voting time (default 2)")
    show_command(actions, common, "results", "the votes of the show's newest poll", run_results)


def run_start(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        poll = start_poll(db, show, args.question.strip(), [option.strip() for option in args.options], args.minutes)
    choices = ", ".join(f"{index + 1} {option.strip()}" for index, option in enumerate(args.options))
    print(f"poll {poll} in show {show}, open {args.minutes:g} minutes: {args.question.strip()} ({choices})")
    return 0


def run_results(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        result = results(db, latest_poll(db, show))
    view = poll_view(result.question, result.options, result.votes)
    print(result.question)
    for option, share in zip(view.options, percentages(view.options)):
        print(f"  {option.key}. {option.label}: {option.votes} ({share}%)")
    return 0
