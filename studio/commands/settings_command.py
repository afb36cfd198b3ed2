"""`vitrina settings [NAME [VALUE]]`: show or change the store's settings (currency, locale,
buy keywords, chat replies, the window's language)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from studio.commerce.keywords import SETTING as KEYWORDS
from studio.commerce.keywords import KeywordError, parse_keywords
from studio.languages import LANGUAGES, SYSTEM_LANGUAGE, LanguageError, check_window_language
from studio.money import MoneyError, format_money, normalise_currency
from studio.paths import Paths
from studio.replies.switch import SETTING as CHAT_REPLIES
from studio.replies.switch import SwitchError, parse_switch, replies_on
from studio.settings import (
    CURRENCY,
    LOCALE,
    WINDOW_LANGUAGE,
    get_setting,
    set_setting,
    store_locale,
    window_language,
)
from studio.store import open_store


class SettingError(ValueError):
    pass


def _locale(value: str) -> str:
    try:
        format_money(0, "USD", value)
    except MoneyError as error:
        raise SettingError(f"locale: {error}") from error
    return value.replace("-", "_")


def _currency(value: str) -> str:
    try:
        return normalise_currency(value)
    except MoneyError as error:
        raise SettingError(f"currency: {error}") from error


def _buy_keywords(value: str) -> str:
    try:
        parse_keywords(value)
    except KeywordError as error:
        raise SettingError(str(error)) from error
    return value.strip()


def _window_language(value: str) -> str:
    try:
        return check_window_language(value)
    except LanguageError as error:
        raise SettingError(str(error)) from error


def _switch(value: str) -> str:
    try:
        return parse_switch(value)
    except SwitchError as error:
        raise SettingError(str(error)) from error


SETTINGS: dict[str, tuple[str, Callable[[str], str]]] = {
    CURRENCY: ("ISO 4217 currency of imported prices that name none, e.g. EUR", _currency),
    LOCALE: ("how the show writes money and numbers, e.g. pt_BR", _locale),
    WINDOW_LANGUAGE: (f"the window's language: {SYSTEM_LANGUAGE} (the desktop's) or one of {', '.join(LANGUAGES)}; "
                      "the stream speaks the locale's", _window_language),
    KEYWORDS: ("the words that make a comment a purchase, e.g. 'en: sold, mine; es: compro'", _buy_keywords),
    CHAT_REPLIES: ("on or off: answer buy comments in the chat they came from (reserved, waitlist, which variant)",
                   _switch),
}


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser(
        "settings",
        parents=[common],
        help="show or change the store's settings",
        description="Show the store's settings, or set one: "
        + "; ".join(f"{name}: {meaning}" for name, (meaning, _) in SETTINGS.items()),
    )
    parser.add_argument("name", nargs="?", choices=sorted(SETTINGS), help="the setting to show or change")
    parser.add_argument("value", nargs="?", help="its new value")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    db = open_store(paths)
    if args.name and args.value is not None:
        _, check = SETTINGS[args.name]
        set_setting(db, args.name, check(args.value))
    names = [args.name] if args.name else sorted(SETTINGS)
    current = {CURRENCY: get_setting(db, CURRENCY, "") or "(not set)", LOCALE: store_locale(db),
               KEYWORDS: get_setting(db, KEYWORDS, "") or "(the built-in words)",
               CHAT_REPLIES: "on" if replies_on(db) else "off", WINDOW_LANGUAGE: window_language(db)}
    for name in names:
        print(f"{name} = {current[name]}")
    return 0
