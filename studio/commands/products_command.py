"""`vitrina products [--json] [--search TEXT]`: the catalog as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any

from studio.catalog import Product, list_products, search_products
from studio.money import format_money
from studio.paths import Paths
from studio.settings import store_locale
from studio.store import open_store

TITLE_WIDTH = 36


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("products", parents=[common], help="list the product catalog")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--search", metavar="TEXT", help="only products matching TEXT (title, description, sku, code)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    db = open_store(paths)
    products = search_products(db, args.search) if args.search else list_products(db)
    locale = store_locale(db)
    if args.json:
        json.dump([product_json(product, locale) for product in products], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(products_table(products, locale))
    return 0


def product_json(product: Product, locale: str) -> dict[str, Any]:
    return {
        "code": product.code,
        "sku": product.sku,
        "title": product.title,
        "description": product.description,
        "price": product.price,
        "compare_at_price": product.compare_at_price,
        "currency": product.currency,
        "price_text": format_money(product.price, product.currency, locale),
        "stock": product.total_stock,
        "image": product.image,
        "checkout_url": product.checkout_url,
        "status": product.status,
        "variants": [
            {
                "sku": variant.sku,
                "options": dict(zip(product.option_names, variant.option_values)),
                "price": variant.price,
                "stock": variant.stock,
            }
            for variant in product.variants
        ],
    }


def products_table(products: list[Product], locale: str) -> str:
    rows = [("CODE", "SKU", "TITLE", "PRICE", "STOCK", "VARIANTS")]
    for product in products:
        stock = product.total_stock
        rows.append(
            (
                product.code,
                product.sku,
                _fit(product.title, TITLE_WIDTH),
                format_money(product.price, product.currency, locale),
                "untracked" if stock is None else str(stock),
                ", ".join(variant.title for variant in product.variants),
            )
        )
    widths = [max(_width(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = ["  ".join(_pad(cell, width) for cell, width in zip(row, widths)) + "  " + row[-1] for row in rows]
    footer = f"{len(products)} product{'s' if len(products) != 1 else ''}"
    return "\n".join(line.rstrip() for line in lines) + "\n" + footer + "\n"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _fit(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    while _width(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
