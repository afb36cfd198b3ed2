"""`vitrina flash-sale CODE PRICE --minutes N`: a temporary price, in the product's currency,
that ends on time by itself; `vitrina flash-sale CODE --end` ends it early."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from studio.catalog import find_by_code
from studio.commerce.flash_sales import FlashSaleError, discounted_price, end_flash_sale, start_flash_sale
from studio.money import MoneyError, format_money
from studio.paths import Paths
from studio.settings import store_locale
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("flash-sale", parents=[common], help="put a product on sale for a few minutes")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("price", nargs="?", metavar="PRICE", help="the sale price, e.g. 19.99")
    parser.add_argument("--minutes", type=float, default=5.0, help="how long the sale lasts (default 5)")
    parser.add_argument("--end", action="store_true", help="end the product's running sale now")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        product = find_by_code(db, args.code)
        if product is None or product.id is None:
            raise FlashSaleError(f"flash-sale {args.code}: no product has that code (see `vitrina products`)")
        if args.end:
            ended = end_flash_sale(db, product.id)
            print(f"{product.code}: sale ended" if ended else f"{product.code}: no sale was running")
            return 0
        if args.price is None:
            raise FlashSaleError(f"flash-sale {product.code}: give the sale price, e.g. flash-sale {product.code} 19.99")
        try:
            price = discounted_price(db, product, args.price)
        except MoneyError as error:
            raise FlashSaleError(f"flash-sale {product.code} PRICE: {error}") from error
        except FlashSaleError as error:
            raise FlashSaleError(f"flash-sale {product.code}: {error}") from error
        sale = start_flash_sale(db, product.id, price, args.minutes)
        locale = store_locale(db)
    print(f"{product.code}: {format_money(price, product.currency, locale)} for {args.minutes:g} min "
          f"(until {_clock(sale.ends_at)})")
    return 0


def _clock(moment: float) -> str:
    return datetime.fromtimestamp(moment).strftime("%H:%M:%S")
