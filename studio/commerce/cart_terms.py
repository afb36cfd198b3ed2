"""A cart's terms and totals: the show's discount code (percent or fixed), shipping (a flat fee,
free from a threshold), all in minor units of the cart's currency."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from studio.money import minor_digits
from studio.translatable import NAMED_TYPED, QT_TRANSLATE_NOOP, Refusal


class TermsError(Refusal):
    pass


class DiscountKind(enum.Enum):
    PERCENT = "percent"
    FIXED = "fixed"


@dataclass(frozen=True)
class Discount:
    """'LIVE10 10%' is 10 percent off; 'LIVE5 5.00' is 5.00 off (never more than the items)."""

    code: str
    kind: DiscountKind
    amount: str  # the percent, or the fixed amount as the shop wrote it (read in the cart's currency)

    @property
    def text(self) -> str:
        return f"{self.code} {self.amount}{'%' if self.kind is DiscountKind.PERCENT else ''}"

    def off(self, items: int, currency: str) -> int:
        if self.kind is DiscountKind.PERCENT:
            share = Decimal(items) * Decimal(self.amount) / 100
            return min(items, int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        return min(items, amount_minor(self.amount, currency))


_DISCOUNT = re.compile(r"^(?P<code>[A-Za-z0-9_-]{1,20})\s+(?P<amount>\d+(?:[.,]\d+)?)(?P<percent>\s*%)?$")


def parse_discount(text: str) -> Discount | None:
    """'' is no discount; TermsError names what is wrong with anything else."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _DISCOUNT.match(cleaned)
    if match is None:
        raise TermsError(NAMED_TYPED, "discount_code", TermsError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': write a code and an amount, e.g. 'LIVE10 10%' or 'LIVE5 5.00'"), text))
    amount = match["amount"].replace(",", ".")
    if match["percent"]:
        if not 0 < Decimal(amount) <= 100:
            raise TermsError(NAMED_TYPED, "discount_code", TermsError(
                QT_TRANSLATE_NOOP("Refusals", "'%1': a percent is more than 0 and at most 100"), text))
        return Discount(match["code"].upper(), DiscountKind.PERCENT, amount)
    if Decimal(amount) <= 0:
        raise TermsError(NAMED_TYPED, "discount_code", TermsError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': the amount off must be more than 0"), text))
    return Discount(match["code"].upper(), DiscountKind.FIXED, amount)


_AMOUNT = re.compile(r"^\d{1,9}(?:[.,]\d{1,3})?$")


def check_amount(name: str, text: str) -> str:
    """An amount the shop writes without a currency ('15', '15.90', '15,90'): read in each cart's
    currency, so it is checked as a plain number here."""
    cleaned = text.strip().replace(",", ".")
    if not _AMOUNT.match(cleaned):
        raise TermsError(NAMED_TYPED, name, TermsError(QT_TRANSLATE_NOOP("Refusals", "'%1': write an amount such as 15 or 15.90"), text))
    return cleaned


def amount_minor(text: str, currency: str) -> int:
    """A checked amount in the currency's minor units, rounded to them (5.50 is 6 yen)."""
    scaled = Decimal(check_amount("amount", text)).scaleb(minor_digits(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Totals:
    items: int
    discount: int
    shipping: int
    currency: str

    @property
    def grand(self) -> int:
        return self.items - self.discount + self.shipping


def totals(items: int, currency: str, discount: Discount | None, shipping_fee: int,
           free_shipping_over: int | None) -> Totals:
    """Free shipping from the threshold up, counted on the items after the discount; an empty cart ships nothing."""
    off = discount.off(items, currency) if discount is not None and items else 0
    after = items - off
    free = items == 0 or (free_shipping_over is not None and after >= free_shipping_over)
    return Totals(items, off, 0 if free else shipping_fee, currency)
