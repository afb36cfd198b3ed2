"""A command that acts on a show: its --show option (a show's id, or the newest one) and its run."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from studio.paths import Paths
from studio.shows import ShowError

Run = Callable[[argparse.Namespace, Paths], int]


def show_command(subcommands: Any, common: argparse.ArgumentParser, name: str, help: str,
                 run: Run) -> argparse.ArgumentParser:
    """Adds the command `name` with --show; the caller adds the command's own arguments."""
    parser = subcommands.add_parser(name, parents=[common], help=help)
    parser.add_argument("--show", default="last", help="a show's id, or last (default: the last real show)")
    parser.add_argument("--rehearsal", action="store_true", help="the rehearsal's copy of the store, not the real shop")
    parser.set_defaults(run=_on_chosen_store(run))
    return parser


def _on_chosen_store(run: Run) -> Run:
    """`run` on the real store, or with --rehearsal on the last rehearsal's copy."""

    def chosen(args: argparse.Namespace, paths: Paths) -> int:
        if getattr(args, "rehearsal", False):
            paths = paths.for_rehearsal()
            if not paths.database.exists():
                raise ShowError("--rehearsal: no rehearsal has run yet (start one with `vitrina run --rehearsal`)")
        return run(args, paths)

    return chosen
