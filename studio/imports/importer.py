"""Importing a product file into the store: detect the format, parse every row, check the
whole file against the store, then write it in one transaction, or write nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlite_utils import Database

from studio.catalog import existing_codes_by_sku, save_products
from studio.imports import generic, shopify
from studio.imports.csv_file import Columns, read_csv
from studio.imports.errors import ImportIssue, ProductImportError, RowErrors
from studio.imports.parsed import ParsedProduct, ParseOptions
from studio.money import MoneyError, normalise_currency
from studio.settings import store_currency
from studio.short_codes import CodeAllocator
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

log = logging.getLogger(__name__)

Format = Literal["shopify", "generic"]
FORMATS = {"shopify": shopify, "generic": generic}
NEEDS_COLUMN = QT_TRANSLATE_NOOP("Refusals", "the %1 format needs the column '%2'")
UNKNOWN_HEADER = QT_TRANSLATE_NOOP("Refusals", "the header is neither a Shopify product export (Handle, Title, Variant "
                                   "Price, ...) nor a product sheet (sku, title, price, ...)")


@dataclass(frozen=True)
class ImportResult:
    format: Format
    created: int
    updated: int

    @property
    def total(self) -> int:
        return self.created + self.updated


def import_products(
    db: Database,
    path: Path,
    format: Format | None = None,
    currency: str | None = None,
    shop_url: str | None = None,
) -> ImportResult:
    """Import `path`; raises ProductImportError naming every bad line, and then changes nothing."""
    table = read_csv(path)
    columns = Columns(table.header)
    chosen = format or detect_format(columns)
    parser = FORMATS[chosen]
    missing = parser.missing_columns(columns)
    if missing:
        raise ProductImportError([ImportIssue(Refusal(NEEDS_COLUMN, chosen, name), 1) for name in missing])
    if not table.rows:
        raise ProductImportError([ImportIssue(Refusal(QT_TRANSLATE_NOOP("Refusals", "the file has a header but no products")))])
    options = ParseOptions(_currency(db, currency), path.resolve().parent, shop_url)
    errors = RowErrors()
    parsed = parser.parse(table, options, errors)
    _check_unique_skus(parsed, errors)
    errors.raise_if_any()
    existing = existing_codes_by_sku(db)
    codes = _choose_codes(parsed, existing, errors)
    _check_variant_skus_free(db, parsed, errors)
    errors.raise_if_any()
    products = [item.product for item in parsed]
    save_products(db, products, codes)
    created = sum(1 for product in products if product.sku not in existing)
    log.info("imported %d products from a %s file", len(products), chosen)
    return ImportResult(chosen, created, len(products) - created)


def detect_format(columns: Columns) -> Format:
    if shopify.looks_like(columns):
        return "shopify"
    if generic.looks_like(columns):
        return "generic"
    raise ProductImportError([ImportIssue(Refusal(UNKNOWN_HEADER), 1)])


def _currency(db: Database, currency: str | None) -> str | None:
    chosen = currency or store_currency(db)
    if chosen is None:
        return None
    try:
        return normalise_currency(chosen)
    except MoneyError as error:
        raise ProductImportError([ImportIssue(Refusal(QT_TRANSLATE_NOOP("Refusals", "--currency: %1"), error))]) from error


def _check_unique_skus(parsed: list[ParsedProduct], errors: RowErrors) -> None:
    seen: dict[str, int] = {}
    for item in parsed:
        skus = [item.product.sku, *(variant.sku for variant in item.product.variants)]
        for sku in skus:
            if sku in seen:
                errors.add(item.line, item.sku_column, Refusal(QT_TRANSLATE_NOOP("Refusals", "'%1' already appears on line %2"), sku, seen[sku]))
            else:
                seen[sku] = item.line


def _choose_codes(parsed: list[ParsedProduct], existing: dict[str, str], errors: RowErrors) -> dict[str, str]:
    """Codes by sku: the code the file gives, else the code the product already has, else the next free one."""
    skus_in_file = {item.product.sku for item in parsed}
    owners = {code.upper(): sku for sku, code in existing.items() if sku not in skus_in_file}
    claimed: dict[str, int] = {}
    for item in parsed:
        code = item.product.code
        if not code:
            continue
        if code in owners:
            errors.add(item.line, item.code_column,
                       Refusal(QT_TRANSLATE_NOOP("Refusals", "the code '%1' belongs to product '%2' already"), code, owners[code]))
        elif code in claimed:
            errors.add(item.line, item.code_column, Refusal(QT_TRANSLATE_NOOP("Refusals", "the code '%1' is also on line %2"), code, claimed[code]))
        claimed.setdefault(code, item.line)
    kept = {
        item.product.sku: previous
        for item in parsed
        if not item.product.code
        and (previous := existing.get(item.product.sku))
        and previous.upper() not in claimed
    }
    allocator = CodeAllocator([*owners, *claimed, *kept.values()])
    return {
        item.product.sku: item.product.code or kept.get(item.product.sku) or allocator.next_free() for item in parsed
    }


def _check_variant_skus_free(db: Database, parsed: list[ParsedProduct], errors: RowErrors) -> None:
    """A variant sku the file gives must not belong to a product the file leaves alone."""
    skus_in_file = {item.product.sku for item in parsed}
    owners = dict(
        db.execute("SELECT variants.sku, products.sku FROM variants JOIN products ON products.id = variants.product_id")
    )
    for item in parsed:
        for variant in item.product.variants:
            owner = owners.get(variant.sku)
            if owner is not None and owner != item.product.sku and owner not in skus_in_file:
                errors.add(item.line, "Variant SKU",
                           Refusal(QT_TRANSLATE_NOOP("Refusals", "'%1' is a variant of product '%2' already"), variant.sku, owner))
