"""Money: integers in minor units plus an ISO 4217 code, formatted per locale by Babel.

Formatting keeps the locale's own spaces (often no-break spaces), so "R$ 99,90" never
wraps between the symbol and the amount on an overlay.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision, list_currencies

from studio.translatable import QT_TRANSLATE_NOOP, Refusal

DEFAULT_LOCALE = "en_US"


@dataclass(frozen=True)
class Money:
    """An amount in the currency's minor units (cents, centavos, kopecks)."""

    minor: int
    currency: str

    def format(self, locale: str = DEFAULT_LOCALE) -> str:
        return format_money(self.minor, self.currency, locale)


class MoneyError(Refusal):
    """A price or currency that cannot be read."""


@cache
def known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=512)
def normalise_currency(code: str) -> str:
    """The ISO 4217 code in upper case, or MoneyError if there is no such currency."""
    cleaned = code.strip().upper()
    if cleaned not in known_currencies():
        raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' is not an ISO 4217 currency code"), code)
    return cleaned


@cache
def minor_digits(currency: str) -> int:
    """How many decimal places the currency has: 2 for EUR, 0 for JPY, 3 for KWD."""
    return get_currency_precision(currency)


@lru_cache(maxsize=64)
def babel_locale(name: str) -> Locale:
    """Babel's locale for "pt_BR" or "pt-BR"; MoneyError when there is none."""
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as error:
        raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' is not a known locale"), name) from error


def format_money(minor: int, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """9990 BRL in pt_BR is 'R$ 99,90'; 1999 EUR in fr_FR is '19,99 €'."""
    amount = Decimal(minor).scaleb(-minor_digits(currency))
    return format_currency(amount, currency, locale=babel_locale(locale))


def format_totals(totals: Mapping[str, int], locale: str = DEFAULT_LOCALE, separator: str = ", ",
                  nothing: str = "0") -> str:
    """Totals in several currencies, in code order: 'R$ 838,60, €12.00'; `nothing` when there are none."""
    return separator.join(format_money(total, currency, locale) for currency, total in sorted(totals.items())) or nothing


_PLAIN = re.compile(r"^(?P<units>\d+)(?:[.,](?P<fraction>\d+))?$")
# "1,234.50", "1.234,50", "1 234,50": groups of three, then the decimal separator that differs.
_GROUPED = re.compile(r"^(?P<units>\d{1,3}(?:(?P<sep>[ ,.\u00a0\u202f'])\d{3})+)(?:(?P<dec>[.,])(?P<fraction>\d+))?$")


def parse_price(text: str, currency: str) -> int:
    """Read a shop's price text into minor units: '12.50', '12,50', '1.234,50', '1 234,50', '99'.

    Raises MoneyError with the text quoted when it is not a price in that currency.
    """
    cleaned = text.strip()
    digits = minor_digits(currency)
    units, _, fraction = cleaned.partition(".")
    if units.isdecimal() and units.isascii() and (not fraction or (fraction.isdecimal() and fraction.isascii())):
        return _to_minor(text, units, fraction, digits, currency)  # the common "12.50", without a regex
    match = _PLAIN.match(cleaned)
    if match:
        return _to_minor(text, match["units"], match["fraction"], digits, currency)
    match = _GROUPED.match(cleaned)
    if match and match["dec"] != match["sep"]:
        units = re.sub(r"\D", "", match["units"])
        return _to_minor(text, units, match["fraction"], digits, currency)
    if cleaned.startswith("-") and _PLAIN.match(cleaned[1:]):
        raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' is negative"), text)
    raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' is not a price"), text)


def _to_minor(text: str, units: str, fraction: str | None, digits: int, currency: str) -> int:
    fraction = fraction or ""
    if len(fraction) > digits:
        if digits == 0:
            raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' has decimals, but %2 has no minor unit"), text, currency)
        raise MoneyError(QT_TRANSLATE_NOOP("Refusals", "'%1' has more than %2 decimals"), text, digits)
    return int(units) * 10**digits + int(fraction.ljust(digits, "0") or 0)
