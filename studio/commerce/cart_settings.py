"""The shop's cart and payment settings (`vitrina settings NAME VALUE`), each checked by a small
function that names the setting, and read together as one typed value. Provider keys are
secrets: they live in the keyring (studio/secrets.py), never here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlite_utils import Database

from studio.commerce.cart_terms import Discount, TermsError, check_amount, parse_discount
from studio.commerce.payment_links import LinkError, check_paypal_name, check_template
from studio.commerce.pix import CITY_LIMIT, NAME_LIMIT, ascii_text
from studio.settings import get_setting
from studio.translatable import NAMED, NAMED_TYPED, PASSED_ON, QT_TRANSLATE_NOOP, Refusal

MAX_HOLD_MINUTES = 60 * 24 * 14
Checked = TypeVar("Checked")


class CartSettingError(Refusal):
    pass


@dataclass(frozen=True)
class CartSettings:
    pix_key: str = ""
    pix_name: str = ""
    pix_city: str = ""
    paypal_me: str = ""
    checkout_url_template: str = ""
    hold_minutes: int = 0  # 0: a reservation is held until the shop acts
    shipping_fee: str = ""  # an amount read in each cart's currency; '' is free shipping
    free_shipping_over: str = ""  # '' is no threshold
    discount: Discount | None = None


def check_pix_key(value: str) -> str:
    key = value.strip()
    if not key:
        return ""  # unset: no Pix codes
    if len(key) > 77 or any(char.isspace() for char in key):
        raise CartSettingError(NAMED, "pix_key", CartSettingError(QT_TRANSLATE_NOOP(
            "Refusals", "a Pix key is 1 to 77 characters without spaces (CPF, CNPJ, e-mail, +55 phone or random key)")))
    return key


def check_pix_name(value: str) -> str:
    if value.strip() and not ascii_text(value, NAME_LIMIT):
        raise CartSettingError(NAMED, "pix_name", CartSettingError(
            QT_TRANSLATE_NOOP("Refusals", "the receiver's name, up to %1 letters (accents are dropped)"), NAME_LIMIT))
    return value.strip()


def check_pix_city(value: str) -> str:
    if value.strip() and not ascii_text(value, CITY_LIMIT):
        raise CartSettingError(NAMED, "pix_city", CartSettingError(
            QT_TRANSLATE_NOOP("Refusals", "the receiver's city, up to %1 letters (accents are dropped)"), CITY_LIMIT))
    return value.strip()


def check_paypal_me(value: str) -> str:
    return _link_check(check_paypal_name, value)


def check_checkout_url_template(value: str) -> str:
    return _link_check(check_template, value)


def check_hold_minutes(value: str) -> str:
    cleaned = value.strip()
    if not cleaned.isdigit() or int(cleaned) > MAX_HOLD_MINUTES:
        raise CartSettingError(NAMED_TYPED, "hold_minutes", CartSettingError(
            QT_TRANSLATE_NOOP("Refusals", "'%1': whole minutes from 0 (no hold) to %2"), value, MAX_HOLD_MINUTES))
    return str(int(cleaned))


def check_shipping_fee(value: str) -> str:
    return str(_terms_check(lambda text: check_amount("shipping_fee", text), value))


def check_free_shipping_over(value: str) -> str:
    return str(_terms_check(lambda text: check_amount("free_shipping_over", text), value))


def check_discount_code(value: str) -> str:
    discount = _terms_check(parse_discount, value)
    return discount.text if isinstance(discount, Discount) else ""


CHECKS: dict[str, Callable[[str], str]] = {  # each setting's check; the help texts are the definitions' (studio/setting_sections/carts.py)
    "pix_key": check_pix_key,
    "pix_name": check_pix_name,
    "pix_city": check_pix_city,
    "paypal_me": check_paypal_me,
    "checkout_url_template": check_checkout_url_template,
    "hold_minutes": check_hold_minutes,
    "shipping_fee": check_shipping_fee,
    "free_shipping_over": check_free_shipping_over,
    "discount_code": check_discount_code,
}


DEFAULTS = {"hold_minutes": "0"}  # what an unset setting means; the others are off unset


def load_cart_settings(db: Database) -> CartSettings:
    """As stored; a value stored before its check existed is read leniently (an unreadable one counts as unset)."""
    value = {name: get_setting(db, name, "") for name in CHECKS}
    try:
        discount = parse_discount(value["discount_code"])
    except TermsError:
        discount = None
    hold = value["hold_minutes"]
    return CartSettings(
        pix_key=value["pix_key"], pix_name=value["pix_name"], pix_city=value["pix_city"], paypal_me=value["paypal_me"],
        checkout_url_template=value["checkout_url_template"],
        hold_minutes=int(hold) if hold.isdigit() else 0,
        shipping_fee=value["shipping_fee"], free_shipping_over=value["free_shipping_over"], discount=discount)


def _link_check(check: Callable[[str], str], value: str) -> str:
    if not value.strip():
        return ""  # unset
    try:
        return check(value)
    except LinkError as error:
        raise CartSettingError(PASSED_ON, error) from error


def _terms_check(check: Callable[[str], Checked], value: str) -> Checked | str:
    if not value.strip():
        return ""  # unset
    try:
        return check(value)
    except TermsError as error:
        raise CartSettingError(PASSED_ON, error) from error
