"""`vitrina show-report [--show ID|last] [--rehearsal] [--json]`: what a show (or the last rehearsal) sold and what chat said."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.commands.show_option import show_command
from studio.commerce.reports import show_summary
from studio.money import format_money
from studio.paths import Paths
from studio.settings import store_locale
from studio.shows import resolve_show
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = show_command(subcommands, common, "show-report", "summarise a show", run)
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        summary = {**show_summary(db, resolve_show(db, args.show)), "rehearsal": paths.rehearsal}
        locale = store_locale(db)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    revenue = ", ".join(format_money(total, currency, locale) for currency, total in summary["revenue"].items()) or "0"
    units = ", ".join(f"{code} × {count}" for code, count in summary["units_per_product"].items()) or "none"
    mark = "REHEARSAL " if paths.rehearsal else ""
    print(f"{mark}show {summary['show']}: {summary['orders']} orders from {summary['buyers']} buyers, revenue {revenue}")
    print(f"units: {units}; {summary['waitlisted']} still waiting")
    print(f"chat: {summary['messages']} messages, {summary['questions']} questions "
          f"({summary['questions_answered']} answered), {summary['flagged']} flagged, "
          f"{summary['hidden']} hidden; peak {summary['peak_messages_per_minute']} a minute")
    return 0
