"""`vitrina questions [--show ID|last]` lists the questions waiting for the host, pinned
first; `vitrina question ID pin|answer|dismiss|feature|reopen` acts on one (featured puts it on
stream beside the card, in place of the one featured before)."""

from __future__ import annotations

import argparse
from typing import Any

from studio.commands.show_option import show_command
from studio.commerce.question_queue import open_questions, set_question_state
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session

ACTIONS = {"pin": "pinned", "answer": "answered", "dismiss": "dismissed", "feature": "featured", "reopen": "open"}


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    show_command(subcommands, common, "questions", "list the questions waiting for the host", run_list)
    one = subcommands.add_parser("question", parents=[common], help="pin, answer, dismiss or feature a question")
    one.add_argument("message_id", type=int, metavar="ID")
    one.add_argument("action", choices=tuple(ACTIONS))
    one.set_defaults(run=run_change)


def run_list(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        questions = open_questions(db, show)
    for message_id, author, text, state in questions:
        print(f"{message_id:>6}  {state:<8}  {author}: {text}")
    print(f"show {show}: {len(questions)} questions waiting")
    return 0


def run_change(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        set_question_state(db, args.message_id, ACTIONS[args.action])
    print(f"question {args.message_id}: {ACTIONS[args.action]}")
    return 0
