"""Shopify's product export CSV, as Shopify writes it.

Several rows per Handle: the first carries the product, later ones only a variant's
columns, and rows with only "Image Src" add images. "Title / Default Title" means the
product has no variants. Exports carry no currency: it comes from the options.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypedDict

from studio.catalog import Product, Variant
from studio.imports.csv_file import Columns, CsvRow, CsvTable
from studio.imports.errors import ImportIssue, ProductImportError, RowErrors
from studio.imports.fields import price_cell, stock_cell
from studio.imports.html_text import html_to_text
from studio.imports.parsed import NO_CURRENCY_HINT, ParsedProduct, ParseOptions
from studio.plain_text import clean_line
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

REQUIRED = ("Handle", "Title", "Variant Price")
SIGNATURE = ("Handle", "Variant Price")
OPTION_SLOTS = (1, 2, 3)
VARIANT_AGAIN = QT_TRANSLATE_NOOP("Refusals", "product '%1' already has the variant '%2' on line %3")


class _SharedFields(TypedDict):
    """What a product takes from its first row, with variants or without."""

    title: str
    currency: str
    code: str
    description: str
    image: str | None
    images: tuple[str, ...]
    checkout_url: str | None
    status: str


def looks_like(columns: Columns) -> bool:
    return columns.has(*SIGNATURE)


def missing_columns(columns: Columns) -> list[str]:
    return [name for name in REQUIRED if not columns.find(name)]


def parse(table: CsvTable, options: ParseOptions, errors: RowErrors) -> list[ParsedProduct]:
    if options.currency is None:
        raise ProductImportError([ImportIssue(Refusal(QT_TRANSLATE_NOOP("Refusals", "Shopify exports carry no currency: %1"), NO_CURRENCY_HINT))])
    columns = Columns(table.header)
    parsed = []
    for handle, rows in _group_by_handle(table.rows, columns, errors).items():
        product = _product(handle, rows, columns, options.currency, options.shop_url, errors)
        if product is not None:
            parsed.append(ParsedProduct(product, rows[0].line, sku_column="Variant SKU"))
    return parsed


def _group_by_handle(rows: Iterable[CsvRow], columns: Columns, errors: RowErrors) -> dict[str, list[CsvRow]]:
    handle_column = columns.find("Handle")
    groups: dict[str, list[CsvRow]] = {}
    for row in rows:
        handle = row.get(handle_column)
        if not handle:
            errors.add(row.line, handle_column, Refusal(QT_TRANSLATE_NOOP("Refusals", "the Handle is empty")))
            continue
        groups.setdefault(handle, []).append(row)
    return groups


def _product(
    handle: str, rows: list[CsvRow], columns: Columns, currency: str, shop_url: str | None, errors: RowErrors
) -> Product | None:
    first = rows[0]
    title_column = columns.find("Title")
    title = clean_line(first.get(title_column))
    if not title:
        errors.add(first.line, title_column, Refusal(QT_TRANSLATE_NOOP("Refusals", "product '%1' has no title on its first row"), handle))
        return None
    option_names = tuple(
        name for name in (clean_line(first.get(columns.find(f"Option{n} Name"))) for n in OPTION_SLOTS) if name
    )
    variant_rows = [row for row in rows if _is_variant_row(row, columns)]
    if not variant_rows:
        errors.add(first.line, columns.find("Variant Price"),
                   Refusal(QT_TRANSLATE_NOOP("Refusals", "product '%1' has no variant row with a price"), handle))
        return None
    maybe_variants = [_variant(handle, row, columns, len(option_names), currency, errors) for row in variant_rows]
    variants = [variant for variant in maybe_variants if variant is not None]
    if len(variants) < len(maybe_variants):
        return None
    _check_unique_options(handle, variant_rows, variants, errors)
    images = _images(rows, columns)
    common = _SharedFields(
        title=title,
        currency=currency,
        code="",
        description=html_to_text(first.get(columns.find("Body (HTML)", "Body HTML", "Body"))),
        image=images[0] if images else None,
        images=tuple(images),
        checkout_url=f"{shop_url.rstrip('/')}/products/{handle}" if shop_url else None,
        status=(first.get(columns.find("Status")) or "active").lower(),
    )
    if _has_no_real_options(option_names, variants):
        only = variants[0]
        sku = first.get(columns.find("Variant SKU")) or handle
        return Product(sku=sku, price=only.price, compare_at_price=only.compare_at_price, stock=only.stock, **common)
    cheapest = min(variants, key=lambda variant: variant.price)
    return Product(
        sku=handle,
        price=cheapest.price,
        compare_at_price=cheapest.compare_at_price,
        option_names=option_names,
        variants=tuple(variants),
        **common,
    )


def _is_variant_row(row: CsvRow, columns: Columns) -> bool:
    return bool(
        row.get(columns.find("Variant Price"))
        or row.get(columns.find("Variant SKU"))
        or row.get(columns.find("Option1 Value"))
    )


def _variant(
    handle: str, row: CsvRow, columns: Columns, option_count: int, currency: str, errors: RowErrors
) -> Variant | None:
    before = len(errors.issues)
    values = tuple(clean_line(row.get(columns.find(f"Option{n} Value"))) for n in OPTION_SLOTS[: max(option_count, 1)])
    price = price_cell(row, columns.find("Variant Price"), currency, errors, required=True)
    compare_at = price_cell(row, columns.find("Variant Compare At Price"), currency, errors, required=False)
    tracked = bool(row.get(columns.find("Variant Inventory Tracker")))
    # Shopify lets a shop oversell, so its exports can hold negative counts: that is 0 left here.
    stock = stock_cell(row, columns.find("Variant Inventory Qty"), errors, clamp_negative=True)
    if len(errors.issues) > before or price is None:
        return None
    sku = row.get(columns.find("Variant SKU")) or _derived_sku(handle, values)
    return Variant(
        sku=sku,
        option_values=values if option_count else (),
        price=price,
        compare_at_price=compare_at if compare_at is not None and compare_at > price else None,
        stock=(stock or 0) if tracked else None,
    )


def _derived_sku(handle: str, values: tuple[str, ...]) -> str:
    slug = "-".join(re.sub(r"\W+", "-", value.lower()).strip("-") for value in values if value)
    return f"{handle}-{slug}" if slug else handle


def _has_no_real_options(option_names: tuple[str, ...], variants: list[Variant]) -> bool:
    return len(variants) == 1 and (
        not option_names or (option_names == ("Title",) and variants[0].option_values in ((), ("Default Title",)))
    )


def _check_unique_options(handle: str, rows: list[CsvRow], variants: list[Variant], errors: RowErrors) -> None:
    seen: dict[tuple[str, ...], int] = {}
    for row, variant in zip(rows, variants):
        key = tuple(value.lower() for value in variant.option_values)
        if key in seen:
            errors.add(row.line, "Option1 Value", Refusal(VARIANT_AGAIN, handle, variant.title, seen[key]))
        seen.setdefault(key, row.line)


def _images(rows: list[CsvRow], columns: Columns) -> list[str]:
    src_column, position_column = columns.find("Image Src"), columns.find("Image Position")
    found: list[tuple[int, int, str]] = []
    for order, row in enumerate(rows):
        src = row.get(src_column)
        if src:
            position = row.get(position_column)
            found.append((int(position) if position.isdigit() else 10_000 + order, order, src))
    unique: dict[str, None] = {src: None for _, _, src in sorted(found)}
    return list(unique)
