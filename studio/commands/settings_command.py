"""`vitrina settings [NAME [VALUE]]`: show the store's settings, or change one, by the same
definitions the Settings dialog uses (studio/setting_catalog.py). A value the setting cannot take
is refused with the reason, and the old one kept. A secret (a token) is never given on the command
line, where the process list shows it: `vitrina settings NAME -` reads it from standard input."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from studio.paths import Paths
from studio.secrets import SecretSource
from studio.setting_catalog import DEFINITIONS, definition
from studio.setting_definitions import SettingDefinition, SettingError
from studio.setting_store import read_settings, save_settings
from studio.store import store_session

__all__ = ["SettingError", "add_parser", "run"]

FROM_INPUT = "-"


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser(
        "settings", parents=[common], help="show or change the store's settings",
        description="Show the store's settings, or set one (VALUE - reads it from standard input, as a "
        "secret must be given):\n" + "\n".join(f"  {each.name}: {_help(each)}" for each in DEFINITIONS),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", metavar="NAME", help="the setting to show or change")
    parser.add_argument("value", nargs="?", metavar="VALUE", help="its new value, or - to read it from standard input")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    chosen = [definition(args.name)] if args.name else list(DEFINITIONS)
    with store_session(paths) as db:
        if args.value is not None:
            save_settings(db, {chosen[0].name: _value(chosen[0], args.value)})
        stored = read_settings(db, chosen)
    for each in chosen:
        shown = _secret_text(each, stored.secrets[each.name]) if each.secret else _text(each, stored.values[each.name])
        print(f"{each.name} = {shown}")
    return 0


def _help(chosen: SettingDefinition) -> str:
    if chosen.choices and not chosen.open_choices:
        return f"{chosen.help} ({', '.join(choice.value for choice in chosen.choices)})"
    return chosen.help


def _value(chosen: SettingDefinition, typed: str) -> str:
    if typed != FROM_INPUT:
        if chosen.secret is not None:
            raise SettingError(f"{chosen.name}: a secret on the command line shows in the process list; give it on "
                               f"standard input instead: vitrina settings {chosen.name} -")
        return typed
    if sys.stdin.isatty():
        return getpass.getpass(f"{chosen.name}: ")
    return sys.stdin.readline().rstrip("\r\n")


def _text(chosen: SettingDefinition, value: str) -> str:
    return ", ".join(value.splitlines()) if value else chosen.unset or "(empty)"


def _secret_text(chosen: SettingDefinition, source: SecretSource) -> str:
    assert chosen.secret is not None
    if source is SecretSource.ENVIRONMENT:
        return f"(from {chosen.secret.variable})"
    return "(in the system keyring)" if source is SecretSource.KEYRING else "(not set)"
