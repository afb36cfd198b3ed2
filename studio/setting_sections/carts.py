"""Settings ▸ Shop, continued: carts, holds and how buyers pay (Pix, PayPal.Me, a checkout link).
The checks are the cart module's own (studio/commerce/cart_settings.py); provider keys are
secrets kept by `vitrina payment-key`, never here."""

from __future__ import annotations

from collections.abc import Callable

from studio.commerce import cart_settings as carts
from studio.setting_definitions import Kind, Section, SettingDefinition, SettingError
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP, unnamed


def _reason(name: str, check: Callable[[str], str]) -> Callable[[str], str]:
    """The cart check, its message without the setting's name (the definition puts it in front)."""

    def checked(value: str) -> str:
        try:
            return check(value)
        except carts.CartSettingError as error:
            raise SettingError(PASSED_ON, unnamed(error, name)) from None

    return checked


def _entry(name: str, kind: Kind, label: str, help_text: str, default: str = "") -> SettingDefinition:
    return SettingDefinition(name, Section.SHOP, kind, label, help_text, default=default,
                             check=_reason(name, carts.CHECKS[name]), unset="(not set)")


DEFINITIONS = (
    _entry("hold_minutes", Kind.INTEGER, QT_TRANSLATE_NOOP("SettingDefinitions", "Hold (minutes)"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "Minutes an unpaid reservation is held before its stock is released "
                             "(0: held until you act)"), default=carts.DEFAULTS["hold_minutes"]),
    _entry("discount_code", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Show discount"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "A code and its discount, e.g. 'LIVE10 10%' or 'LIVE5 5.00'; empty for none")),
    _entry("shipping_fee", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Shipping fee"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "The flat shipping fee per cart, e.g. 15.90; empty for free shipping")),
    _entry("free_shipping_over", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Free shipping over"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "Carts from this amount (after the discount) ship free, e.g. 150")),
    _entry("pix_key", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Pix key"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "The shop's Pix key (CPF, CNPJ, e-mail, +55 phone or random key): each cart "
                             "gets a Pix code")),
    _entry("pix_name", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Pix receiver's name"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "Up to 25 letters, as the bank shows it to the buyer")),
    _entry("pix_city", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Pix receiver's city"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "Up to 15 letters")),
    _entry("paypal_me", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "PayPal.Me name"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "Buyers get paypal.me/NAME/AMOUNT")),
    _entry("checkout_url_template", Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Cart checkout link"),
           QT_TRANSLATE_NOOP("SettingDefinitions", "A link with {cart}, {total} and {items}, e.g. "
                             "https://shop.example/cart/{items}")),
)
