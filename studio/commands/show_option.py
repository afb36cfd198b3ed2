"""The --show option of the commands that act on a show: its id, or the newest one."""

from __future__ import annotations

import argparse


def add_show_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--show", default="last", help="a show's id, or last (default)")
