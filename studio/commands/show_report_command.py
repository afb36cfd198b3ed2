"""`vitrina show-report [--show ID|last] [--rehearsal] [--json] [--html FILE]`: what a show (or the
last rehearsal) sold, to whom, while which product was pinned, and what chat said. Text by
default; --json carries every figure; --html writes one self-contained file a shop can mail."""

from __future__ import annotations

import argparse
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from studio.analytics.html_report import report_html
from studio.analytics.pins import pin_line
from studio.analytics.report import ShowReport, report_json, show_report
from studio.commands.show_option import show_command
from studio.money import format_totals
from studio.paths import Paths
from studio.shows import resolve_show
from studio.store import store_session

log = logging.getLogger(__name__)


class ReportFileError(ValueError):
    """The HTML report could not be written where asked: the message names the file."""


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = show_command(subcommands, common, "show-report", "summarise a show", run)
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--html", metavar="FILE", type=Path,
                        help="also write the report with its charts to FILE, one HTML file that needs nothing else")


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        report = show_report(db, resolve_show(db, args.show))
    if args.html is not None:
        write_html(args.html, report_html(report))
    if args.json:
        print(json.dumps({**report_json(report), "rehearsal": paths.rehearsal}, ensure_ascii=False, indent=2))
        return 0
    _print_text(report, paths.rehearsal)
    if args.html is not None:
        print(f"report written to {args.html}")
    return 0


def write_html(path: Path, text: str) -> None:
    """Whole or not at all: a temporary file beside it, renamed over it."""
    target = path.expanduser()
    if target.is_dir():
        raise ReportFileError(f"--html {path}: that is a folder; give a file name, e.g. report.html")
    if not target.parent.is_dir():
        raise ReportFileError(f"--html {path}: there is no folder {target.parent}")
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise ReportFileError(f"--html {path}: {error.strerror or error}") from error


def _print_text(report: ShowReport, rehearsal: bool) -> None:
    locale, figures = report.locale, report.figures
    units = ", ".join(f"{sales.code} × {sales.units}" for sales in report.products) or "none"
    mark = "REHEARSAL " if rehearsal else ""
    print(f"{mark}show {report.show_id}: {figures.orders} orders from {figures.buyers} buyers, "
          f"revenue {format_totals(figures.revenue, locale)}")
    print(f"units: {units}; {figures.waitlisted} still waiting")
    print(f"chat: {figures.messages} messages, {figures.questions} questions "
          f"({figures.questions_answered} answered), {figures.flagged} flagged, "
          f"{figures.hidden} hidden; peak {max(report.timeline.messages, default=0)} a minute")
    conversion = f"{figures.conversion:.1%}" if figures.conversion is not None else "none (nobody wrote)"
    print(f"buyers: {figures.first_time_buyers} first-time; average order "
          f"{format_totals(figures.average_order_value, locale)}; carts {figures.carts.paid} paid, "
          f"{figures.carts.unpaid} unpaid; {figures.unique_chatters} chatters, conversion {conversion}")
    viewers = figures.viewers
    if viewers.peak is not None and viewers.average is not None:
        print(f"viewers: peak {viewers.peak}, average {viewers.average:.0f}")
    for pin in report.pins:
        print(pin_line(pin, locale))
