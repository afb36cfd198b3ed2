"""The morning after: a packing slip per cart with something to ship, and the pick list (units
per SKU and variant across the show), as plain view data for the PDF writer (overlays/packing_slips.py)
and as CSV rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from overlays.packing_slips import SlipLine, SlipView, TableView
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import Cart, PaymentState, show_carts
from studio.commerce.payment_options import payment_options
from studio.commerce.reports import spreadsheet_cell
from studio.money import format_money
from studio.overlay_views import preorder_text
from studio.plain_text import clean_line

PICK_COLUMNS = ("code", "sku", "product", "variant", "units", "pre-order units")


def shipping_carts(db: Database, show_id: int) -> list[Cart]:
    """The show's carts that have something to ship (cancelled and waiting-only carts have not)."""
    return [cart for cart in show_carts(db, show_id) if cart.live_items]


def slip_views(db: Database, show_id: int, locale: str) -> list[SlipView]:
    settings = load_cart_settings(db)
    started = db.execute("SELECT started_at, title FROM shows WHERE id = ?", (show_id,)).fetchone()
    show_line = f"Show {show_id}" + (f" · {clean_line(started[1])}" if started and started[1] else "") + (
        f" · {datetime.fromtimestamp(started[0]).strftime('%Y-%m-%d')}" if started else "")
    views = []
    for cart in shipping_carts(db, show_id):
        money = _money(cart.totals.currency, locale)
        lines = tuple(SlipLine(
            text=f"{item.code} {clean_line(item.title)}" + (f" · {' / '.join(item.variant)}" if item.variant else ""),
            quantity=str(item.quantity), amount=money(item.total),
            note=preorder_text(item.preorder_ships, locale) if item.preorder_ships else "")
            for item in cart.live_items)
        totals = [("Items", money(cart.totals.items))]
        if cart.totals.discount:
            totals.append((f"Discount {cart.discount_code}", f"-{money(cart.totals.discount)}"))
        totals += [("Shipping", money(cart.totals.shipping)), ("Total", money(cart.totals.grand))]
        views.append(SlipView(title=f"Cart {cart.code}", qr_text=cart.code,
                              heading=(f"{clean_line(cart.buyer.name)} ({cart.buyer.platform})", show_line),
                              columns=("Item", "Qty", "Amount"), lines=lines, totals=tuple(totals),
                              footer=_footer(cart, _pay_at(payment_options(settings, cart).links))))
    return views


def _pay_at(links: tuple[str, ...]) -> str:
    return f"Pay at {links[0]}" if links else ""


def _footer(cart: Cart, pay_at: str) -> tuple[str, ...]:
    footer = [f"Payment: {cart.payment.value}"]
    if cart.payment is PaymentState.UNPAID and pay_at:
        footer.append(pay_at)
    return tuple(footer)


@dataclass(frozen=True)
class PickRow:
    code: str
    sku: str
    title: str
    variant: str
    units: int  # from stock: pick these now
    preorder_units: int  # sold ahead: they ship when the stock comes


def pick_rows(db: Database, show_id: int) -> list[PickRow]:
    rows = db.execute(
        "SELECT p.code, coalesce(v.sku, p.sku), p.title, coalesce(v.option_values, '[]'), "
        "sum(CASE WHEN o.preorder THEN 0 ELSE o.quantity END), sum(CASE WHEN o.preorder THEN o.quantity ELSE 0 END) "
        "FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id "
        "WHERE o.show_id = ? AND o.state != 'cancelled' GROUP BY p.id, v.id ORDER BY p.code, v.position, v.id",
        (show_id,)).fetchall()
    return [PickRow(code, sku, clean_line(title), " / ".join(json.loads(variant)), units, ahead)
            for code, sku, title, variant, units, ahead in rows]


def pick_table(rows: list[PickRow], show_id: int) -> TableView:
    return TableView(title=f"Pick list · show {show_id}", columns=("Code", "SKU", "Product", "Variant", "Units",
                                                                   "Pre-order"),
                     rows=tuple((row.code, row.sku, row.title, row.variant, str(row.units), str(row.preorder_units))
                                for row in rows),
                     widths=(0.08, 0.22, 0.34, 0.14, 0.09, 0.13), right_aligned=2)


def pick_csv(rows: list[PickRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(PICK_COLUMNS)
    for row in rows:
        writer.writerow([row.code, row.sku, spreadsheet_cell(row.title), row.variant, row.units, row.preorder_units])
    return out.getvalue()


def _money(currency: str, locale: str) -> Callable[[int], str]:
    return lambda minor: format_money(minor, currency, locale)
