"""`vitrina carts [--show ID|last] [--json]` lists a show's carts (buyer, items, totals, payment,
hold); `vitrina cart ID [--pix] [--paid|--cancel]` shows one cart, prints its Pix copy-and-paste
code, or marks it paid or cancelled (each order moves, the stock returns, the waitlist moves);
`vitrina preorder CODE --ships YYYY-MM-DD --cap N` (or `--off`) sells a product ahead of its stock."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from studio.catalog import find_by_code
from studio.commands.show_option import show_command
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import Cart, CartError, cancel_cart, find_cart, pay_cart, show_carts
from studio.commerce.payment_options import payment_options, pix_code
from studio.commerce.preorders import PreorderError, end_preorder, parse_ship_date, set_preorder
from studio.commerce.providers.link_job import PROVIDERS, make_link
from studio.money import format_money
from studio.paths import Paths
from studio.plain_text import clean_line
from studio.settings import store_locale
from studio.shows import resolve_show
from studio.store import store_session


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    listing = show_command(subcommands, common, "carts", "list a show's carts with totals and payment", run_list)
    listing.add_argument("--json", action="store_true", help="print JSON")
    one = subcommands.add_parser("cart", parents=[common], help="show a cart, print its Pix code, mark it paid or cancelled")
    one.add_argument("code", metavar="ID", help="the cart's id, as the buyer quotes it")
    one.add_argument("--pix", action="store_true", help="print the Pix copy-and-paste code only")
    action = one.add_mutually_exclusive_group()
    action.add_argument("--paid", action="store_true", help="the money arrived: every unpaid order in it is paid")
    action.add_argument("--cancel", action="store_true", help="cancel every order not shipped (the stock returns)")
    action.add_argument("--link", choices=sorted(PROVIDERS), help="ask a payment provider for the cart's link")
    one.set_defaults(run=run_one)
    ahead = subcommands.add_parser("preorder", parents=[common], help="sell a product ahead of its stock, up to a cap")
    ahead.add_argument("product", metavar="CODE")
    ahead.add_argument("--ships", metavar="YYYY-MM-DD", help="the day pre-orders ship")
    ahead.add_argument("--cap", type=int, metavar="N", help="at most this many units on pre-order")
    ahead.add_argument("--off", action="store_true", help="take no more pre-orders (those taken stand)")
    ahead.set_defaults(run=run_preorder)


def run_list(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        show = resolve_show(db, args.show)
        carts = show_carts(db, show)
        locale = store_locale(db)
    if args.json:
        print(json.dumps([cart_json(cart) for cart in carts], ensure_ascii=False, indent=2))
        return 0
    for cart in carts:
        units = sum(item.quantity for item in cart.live_items)
        held = f"  held until {_clock(cart.hold_until)}" if cart.hold_until else ""
        waits = f"  waiting for {len(cart.waits)}" if cart.waits else ""
        print(f"{cart.code}  {cart.payment.value:<9}  {units:>3} units  "
              f"{format_money(cart.totals.grand, cart.totals.currency, locale):>12}  "
              f"{clean_line(cart.buyer.name)} ({cart.buyer.platform}){held}{waits}")
    print(f"show {show}: {len(carts)} carts")
    return 0


def run_one(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        cart = find_cart(db, args.code)
        if cart is None:
            raise CartError(f"no cart {args.code} (see `vitrina carts`)")
        if args.paid:
            cart = pay_cart(db, cart.code)
        elif args.cancel:
            cart = cancel_cart(db, cart.code)
        settings = load_cart_settings(db)
        locale = store_locale(db)
    if args.link:
        make_link(paths.database, cart.code, PROVIDERS[args.link])  # the outcome is stored with the cart
        with store_session(paths) as db:
            cart = find_cart(db, cart.code) or cart
    if args.pix:
        print(pix_code(settings, cart))
        return 0
    _print_cart(cart, locale)
    options = payment_options(settings, cart)
    for label, value in (("Pix", options.pix_code), ("link", options.provider_url), ("checkout", options.checkout_url),
                         ("PayPal", options.paypal_url)):
        if value:
            print(f"  {label}: {value}")
    if cart.link_note:
        print(f"  no provider link: {cart.link_note}")
    return 0


def run_preorder(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        product = find_by_code(db, args.product)
        if product is None or product.id is None:
            raise PreorderError(f"preorder {args.product}: no product has that code (see `vitrina products`)")
        if args.off:
            end_preorder(db, product.id)
            print(f"{product.code}: no more pre-orders")
            return 0
        if args.ships is None or args.cap is None:
            raise PreorderError(f"preorder {product.code}: give --ships YYYY-MM-DD and --cap N (or --off)")
        ships = parse_ship_date(args.ships)
        set_preorder(db, product.id, ships, args.cap)
    print(f"{product.code}: on pre-order, up to {args.cap} units, shipping {ships.isoformat()}")
    return 0


def cart_json(cart: Cart) -> dict[str, Any]:
    """The cart as plain JSON values, totals included."""
    value = asdict(cart)
    value["totals"] = {**asdict(cart.totals), "grand": cart.totals.grand}
    value["payment"] = cart.payment.value
    value["link_state"] = cart.link_state.value
    value["hold_until"] = cart.hold_until
    return value


def _print_cart(cart: Cart, locale: str) -> None:
    print(f"cart {cart.code}: {clean_line(cart.buyer.name)} ({cart.buyer.platform}), {cart.payment.value}")
    for item in cart.items:
        variant = f" {' / '.join(item.variant)}" if item.variant else ""
        ahead = f"  pre-order, ships {item.preorder_ships}" if item.preorder_ships else ""
        state = f"  ({item.state}{': ' + item.cancel_reason if item.cancel_reason else ''})" if not item.live else ""
        print(f"  {item.code}{variant} × {item.quantity}  {format_money(item.total, cart.totals.currency, locale)}"
              f"{ahead}{state}")
    for wait in cart.waits:
        variant = f" {' / '.join(wait.variant)}" if wait.variant else ""
        print(f"  {wait.code}{variant} × {wait.quantity}  waiting, number {wait.position}")
    totals, money = cart.totals, lambda minor: format_money(minor, cart.totals.currency, locale)
    print(f"  items {money(totals.items)}" + (f", discount {cart.discount_code} -{money(totals.discount)}"
                                              if totals.discount else "")
          + f", shipping {money(totals.shipping)}, total {money(totals.grand)}")
    if cart.hold_until:
        print(f"  held until {_clock(cart.hold_until)}")


def _clock(moment: float) -> str:
    return datetime.fromtimestamp(moment).strftime("%H:%M")

