"""Payment links made without a server: a PayPal.Me link with the amount, and the shop's own
checkout URL template with {cart}, {total} and {items} (VARIANT:QTY,... as Shopify's cart
permalinks take: https://shop.example/cart/{items})."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from decimal import Decimal
from urllib.parse import quote

from studio.money import minor_digits
from studio.translatable import NAMED_TYPED, QT_TRANSLATE_NOOP, Refusal

PLACEHOLDERS = ("cart", "total", "items")
_PAYPAL_NAME = re.compile(r"^[A-Za-z0-9]{1,20}$")


TEMPLATE = "checkout_url_template"


class LinkError(Refusal):
    pass


def amount_text(minor: int, currency: str) -> str:
    """'12.50' (a dot, no grouping): how URLs and APIs take an amount."""
    digits = minor_digits(currency)
    return f"{Decimal(minor).scaleb(-digits):.{digits}f}"


def check_paypal_name(name: str) -> str:
    cleaned = name.strip().removeprefix("https://").removeprefix("paypal.me/").strip("/")
    if not _PAYPAL_NAME.match(cleaned):
        raise LinkError(NAMED_TYPED, "paypal_me", LinkError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': a PayPal.Me name is 1 to 20 letters and digits"), name))
    return cleaned


def paypal_me_link(name: str, total_minor: int, currency: str) -> str:
    return f"https://paypal.me/{check_paypal_name(name)}/{amount_text(total_minor, currency)}{currency}"


def check_template(template: str) -> str:
    """The template as the shop wrote it, or LinkError naming a placeholder that is not one."""
    cleaned = template.strip()
    if not cleaned.startswith(("https://", "http://")):
        raise LinkError(NAMED_TYPED, TEMPLATE, LinkError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': it must start with https:// or http://"), template))
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(cleaned) if name is not None]
    except ValueError as error:
        raise LinkError(NAMED_TYPED, TEMPLATE, LinkError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': a { or } without its pair (%2)"), template, error)) from error
    unknown = [name for name in names if name not in PLACEHOLDERS]
    if unknown:
        raise LinkError(NAMED_TYPED, TEMPLATE, LinkError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': %2 is not one of %3"), template, f"{{{unknown[0]}}}",
            ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)))
    return cleaned


def checkout_link(template: str, cart: str, total_minor: int, currency: str, items: Sequence[tuple[str, int]]) -> str:
    """`items` are (variant or product SKU, quantity); each value is URL-quoted."""
    listed = ",".join(f"{quote(sku, safe='')}:{quantity}" for sku, quantity in items)
    return check_template(template).format(cart=quote(cart, safe=""), total=amount_text(total_minor, currency),
                                           items=listed)
