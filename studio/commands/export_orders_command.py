"""`vitrina export-orders [--show ID|last] --out orders.csv`: a CSV a shop can ship from."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path
from typing import Any

from studio.commands.show_option import show_command
from studio.commerce.reports import ReportError, orders_csv
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session

__all__ = ["ReportError", "add_parser", "run"]


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = show_command(subcommands, common, "export-orders", "write a show's orders as CSV", run)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the CSV file to write")


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        text = orders_csv(db, show)
    try:
        args.out.write_text(text, encoding="utf-8-sig")  # with a BOM, so Excel reads the names right
    except OSError as error:
        raise ReportError(f"--out {args.out}: {error.strerror}") from error
    rows = list(csv.reader(io.StringIO(text)))[1:]
    waits = sum(1 for row in rows if row[0] == "waitlist")
    print(f"wrote {len(rows) - waits} orders and {waits} waitlist rows of show {show} to {args.out}")
    return 0
