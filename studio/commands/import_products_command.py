"""`vitrina import-products FILE [--format shopify|generic] [--currency CODE] [--shop-url URL]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from studio.imports import ProductImportError, import_products
from studio.paths import Paths
from studio.store import store_session

__all__ = ["ProductImportError", "add_parser", "run"]


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser(
        "import-products",
        parents=[common],
        help="import products from a Shopify export or a CSV sheet",
        description="Import products from a Shopify product export or a CSV sheet (sku, title, price, "
        "currency, stock, image, code). A file with any bad row imports nothing; re-importing updates by sku.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=("shopify", "generic"), help="the file's format (default: detected)")
    parser.add_argument("--currency", metavar="CODE", help="ISO 4217 currency of the prices (default: the store's)")
    parser.add_argument("--shop-url", metavar="URL", help="the shop's address, for checkout links of Shopify products")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        result = import_products(db, args.file, args.format, args.currency, args.shop_url)
    print(
        f"imported {result.total} products from {args.file.name} ({result.format}): "
        f"{result.created} new, {result.updated} updated"
    )
    return 0
