"""A command that acts on a show: its --show option (a show's id, or the newest one) and its run."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from studio.paths import Paths

Run = Callable[[argparse.Namespace, Paths], int]


def show_command(subcommands: Any, common: argparse.ArgumentParser, name: str, help: str,
                 run: Run) -> argparse.ArgumentParser:
    """Adds the command `name` with --show; the caller adds the command's own arguments."""
    parser = subcommands.add_parser(name, parents=[common], help=help)
    parser.add_argument("--show", default="last", help="a show's id, or last (default)")
    parser.set_defaults(run=run)
    return parser
