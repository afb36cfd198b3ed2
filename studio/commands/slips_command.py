"""The morning after a show: `vitrina packing-slips [--show ID|last] --out slips.pdf` (a page per
cart with something to ship) and `vitrina pick-list [--show ID|last] [--out pick.pdf|pick.csv]`
(units per SKU and variant; printed when there is no --out)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from overlays.packing_slips import DocumentError, write_slips, write_table
from studio.commands.show_option import show_command
from studio.commerce.reports import ReportError
from studio.commerce.slips import pick_csv, pick_rows, pick_table, slip_views
from studio.paths import Paths
from studio.settings import store_locale
from studio.shows import resolve_show
from studio.store import store_session

Written = TypeVar("Written")


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    slips = show_command(subcommands, common, "packing-slips", "write a PDF with a packing slip per cart", run_slips)
    slips.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    picks = show_command(subcommands, common, "pick-list", "units to pick per SKU and variant", run_pick_list)
    picks.add_argument("--out", type=Path, metavar="FILE", help="a .pdf or .csv file (default: print the list)")


def run_slips(args: argparse.Namespace, paths: Paths) -> int:
    out = _checked(args.out, (".pdf",))
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        views = slip_views(db, show, store_locale(db))
    if not views:
        raise ReportError(f"show {show} has no cart with anything to ship")
    pages = _written(lambda: write_slips(views, out), out)
    print(f"wrote {pages} packing slips of show {show} to {out}")
    return 0


def run_pick_list(args: argparse.Namespace, paths: Paths) -> int:
    out = _checked(args.out, (".pdf", ".csv")) if args.out is not None else None
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        rows = pick_rows(db, show)
    if out is None:
        for row in rows:
            variant = f" {row.variant}" if row.variant else ""
            ahead = f"  (+{row.preorder_units} pre-order)" if row.preorder_units else ""
            print(f"{row.units:>5}  {row.sku}  {row.code} {row.title}{variant}{ahead}")
        print(f"show {show}: {sum(row.units for row in rows)} units to pick")
        return 0
    if out.suffix.lower() == ".csv":
        _written(lambda: out.write_text(pick_csv(rows), encoding="utf-8-sig"), out)
    else:
        _written(lambda: write_table(pick_table(rows, show), out), out)
    print(f"wrote the pick list of show {show} ({len(rows)} rows) to {out}")
    return 0


def _checked(out: Path, suffixes: tuple[str, ...]) -> Path:
    if out.suffix.lower() not in suffixes:
        raise ReportError(f"--out {out}: the file must end in {' or '.join(suffixes)}")
    if not out.parent.is_dir():
        raise ReportError(f"--out {out}: there is no folder {out.parent}")
    return out


def _written(write: Callable[[], Written], out: Path) -> Written:
    try:
        return write()
    except (OSError, DocumentError) as error:
        raise ReportError(f"--out {out}: {getattr(error, 'strerror', None) or error}") from error
