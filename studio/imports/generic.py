"""A plain CSV sheet: sku, title, price, and optionally currency, stock, image, code,
description, compare_at_price and checkout_url. Header names in any case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.catalog import Product
from studio.imports.csv_file import Columns, CsvRow, CsvTable
from studio.imports.errors import RowErrors
from studio.imports.fields import price_cell, stock_cell
from studio.imports.parsed import NO_CURRENCY_HINT, ParsedProduct, ParseOptions
from studio.money import MoneyError, normalise_currency
from studio.plain_text import clean_block, clean_line
from studio.short_codes import is_valid_code, normalise_code
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

REQUIRED = ("sku", "title", "price")
ALIASES = {
    "compare_at_price": ("compare_at_price", "compare at price", "compare_at", "was price"),
    "checkout_url": ("checkout_url", "checkout url", "url", "link"),
    "description": ("description", "body"),
    "image": ("image", "image path", "image_src", "image src"),
}


def looks_like(columns: Columns) -> bool:
    return columns.has(*REQUIRED)


def missing_columns(columns: Columns) -> list[str]:
    return [name for name in REQUIRED if not columns.find(name)]


@dataclass(frozen=True)
class _Layout:
    """The file's header name for each field (None where the file lacks it), found once per file."""

    sku: str | None
    title: str | None
    price: str | None
    currency: str | None
    stock: str | None
    code: str | None
    compare_at_price: str | None
    description: str | None
    image: str | None
    checkout_url: str | None

    @classmethod
    def of(cls, columns: Columns) -> _Layout:
        return cls(
            sku=columns.find("sku"),
            title=columns.find("title"),
            price=columns.find("price"),
            currency=columns.find("currency"),
            stock=columns.find("stock", "quantity", "qty"),
            code=columns.find("code"),
            **{field: columns.find(*names) for field, names in ALIASES.items()},
        )


def parse(table: CsvTable, options: ParseOptions, errors: RowErrors) -> list[ParsedProduct]:
    layout = _Layout.of(Columns(table.header))
    parsed = []
    for row in table.rows:
        product = _product(row, layout, options, errors)
        if product is not None:
            parsed.append(ParsedProduct(product, row.line, layout.code))
    return parsed


def _product(row: CsvRow, layout: _Layout, options: ParseOptions, errors: RowErrors) -> Product | None:
    before = len(errors.issues)
    sku, title = clean_line(row.get(layout.sku)), clean_line(row.get(layout.title))
    if not sku:
        errors.add(row.line, layout.sku, Refusal(QT_TRANSLATE_NOOP("Refusals", "the sku is empty")))
    if not title:
        errors.add(row.line, layout.title, Refusal(QT_TRANSLATE_NOOP("Refusals", "the title is empty")))
    currency = _currency(row, layout.currency, options, errors)
    if currency is None:
        return None
    price = price_cell(row, layout.price, currency, errors, required=True)
    compare_at = price_cell(row, layout.compare_at_price, currency, errors, required=False)
    stock = stock_cell(row, layout.stock, errors)
    code = _code(row, layout.code, errors)
    if len(errors.issues) > before or price is None:
        return None
    return Product(
        sku=sku,
        title=title,
        price=price,
        currency=currency,
        code=code,
        description=clean_block(row.get(layout.description)),
        compare_at_price=compare_at if compare_at is not None and compare_at > price else None,
        stock=stock,
        image=_image(row.get(layout.image), options.base_dir),
        checkout_url=row.get(layout.checkout_url) or None,
    )


def _currency(row: CsvRow, column: str | None, options: ParseOptions, errors: RowErrors) -> str | None:
    text = row.get(column)
    if not text:
        if options.currency is None:
            errors.add(row.line, column or "currency", Refusal(QT_TRANSLATE_NOOP("Refusals", "the price has no currency: %1"), NO_CURRENCY_HINT))
        return options.currency
    try:
        return normalise_currency(text)
    except MoneyError as error:
        errors.add(row.line, column, error)
        return None


def _code(row: CsvRow, column: str | None, errors: RowErrors) -> str:
    text = row.get(column)
    if text and not is_valid_code(text):
        errors.add(row.line, column, Refusal(QT_TRANSLATE_NOOP("Refusals", "'%1' is not a code: use 1 to 12 letters and digits, like A12"), text))
        return ""
    return normalise_code(text)


def _image(text: str, base_dir: Path) -> str | None:
    if not text:
        return None
    if "://" in text:
        return text
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else (base_dir / path).resolve())
