"""A plain CSV sheet: sku, title, price, and optionally currency, stock, image, code,
description, compare_at_price and checkout_url. Header names in any case."""

from __future__ import annotations

from pathlib import Path

from studio.catalog import Product
from studio.imports.csv_file import Columns, CsvRow, CsvTable
from studio.imports.errors import RowErrors
from studio.imports.fields import price_cell, stock_cell
from studio.imports.parsed import ParsedProduct, ParseOptions
from studio.money import MoneyError, normalise_currency
from studio.plain_text import clean_block, clean_line
from studio.short_codes import is_valid_code, normalise_code

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


def parse(table: CsvTable, options: ParseOptions, errors: RowErrors) -> list[ParsedProduct]:
    columns = Columns(table.header)
    parsed = []
    for row in table.rows:
        product = _product(row, columns, options, errors)
        if product is not None:
            parsed.append(ParsedProduct(product, row.line, columns.find("code")))
    return parsed


def _product(row: CsvRow, columns: Columns, options: ParseOptions, errors: RowErrors) -> Product | None:
    before = len(errors.issues)
    sku_column, title_column = columns.find("sku"), columns.find("title")
    sku, title = clean_line(row.get(sku_column)), clean_line(row.get(title_column))
    if not sku:
        errors.add(row.line, sku_column, "the sku is empty")
    if not title:
        errors.add(row.line, title_column, "the title is empty")
    currency = _currency(row, columns, options, errors)
    price = price_cell(row, columns.find("price"), currency, errors, required=True)
    compare_at = price_cell(row, columns.find(*ALIASES["compare_at_price"]), currency, errors, required=False)
    stock = stock_cell(row, columns.find("stock", "quantity", "qty"), errors)
    code = _code(row, columns, errors)
    if len(errors.issues) > before or price is None:
        return None
    return Product(
        sku=sku,
        title=title,
        price=price,
        currency=currency,
        code=code,
        description=clean_block(row.get(columns.find(*ALIASES["description"]))),
        compare_at_price=compare_at if compare_at is not None and compare_at > price else None,
        stock=stock,
        image=_image(row.get(columns.find(*ALIASES["image"])), options.base_dir),
        checkout_url=row.get(columns.find(*ALIASES["checkout_url"])) or None,
    )


def _currency(row: CsvRow, columns: Columns, options: ParseOptions, errors: RowErrors) -> str:
    column = columns.find("currency")
    text = row.get(column)
    if not text:
        return options.currency
    try:
        return normalise_currency(text)
    except MoneyError as error:
        errors.add(row.line, column, str(error))
        return options.currency


def _code(row: CsvRow, columns: Columns, errors: RowErrors) -> str:
    column = columns.find("code")
    text = row.get(column)
    if text and not is_valid_code(text):
        errors.add(row.line, column, f"'{text}' is not a code: use 1 to 12 letters and digits, like A12")
        return ""
    return normalise_code(text)


def _image(text: str, base_dir: Path) -> str | None:
    if not text:
        return None
    if "://" in text:
        return text
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else (base_dir / path).resolve())
