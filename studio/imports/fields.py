"""Reading one cell of an import row into a value, or an issue naming the line and column."""

from __future__ import annotations

import re

from studio.imports.csv_file import CsvRow
from studio.imports.errors import RowErrors
from studio.money import MoneyError, parse_price
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

# Excel writes whole numbers as "12" or sometimes "12.0".
_WHOLE_NUMBER = re.compile(r"^-?\d+(?:\.0+)?$")


def price_cell(row: CsvRow, column: str | None, currency: str, errors: RowErrors, required: bool) -> int | None:
    text = row.get(column)
    if not text:
        if required:
            errors.add(row.line, column, Refusal(QT_TRANSLATE_NOOP("Refusals", "a price is required")))
        return None
    try:
        return parse_price(text, currency)
    except MoneyError as error:
        errors.add(row.line, column, error)
        return None


def stock_cell(row: CsvRow, column: str | None, errors: RowErrors, clamp_negative: bool = False) -> int | None:
    """Units in stock; an empty cell means stock is not tracked."""
    text = row.get(column)
    if not text:
        return None
    if text.isdecimal() and text.isascii():
        return int(text)
    if not _WHOLE_NUMBER.match(text):
        errors.add(row.line, column, Refusal(QT_TRANSLATE_NOOP("Refusals", "'%1' is not a whole number of units"), text))
        return None
    value = int(text.split(".")[0])
    if value < 0:
        if clamp_negative:
            return 0
        errors.add(row.line, column, Refusal(QT_TRANSLATE_NOOP("Refusals", "'%1' is negative: stock cannot go below zero"), text))
        return None
    return value
