"""Settings ▸ Shop: money and selling. The page is built from these entries alone: a setting
added here appears there, and in `vitrina settings`, with no other change."""

from __future__ import annotations

from studio import setting_checks
from studio.commerce.keywords import SETTING as BUY_KEYWORDS
from studio.commerce.keywords import KeywordError, parse_keywords
from studio.money import MoneyError, format_money, normalise_currency
from studio.setting_definitions import Kind, Section, SettingDefinition, SettingError, shown
from studio.settings import CURRENCY, DEFAULT_LOCALE, LOCALE
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP, unnamed

CHECKOUT_URL = "checkout_url"


def _currency(text: str) -> str:
    if not text.strip():
        return ""
    try:
        return normalise_currency(text)
    except MoneyError:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not an ISO 4217 currency code, e.g. EUR"), shown(text)) from None


def _locale(text: str) -> str:
    try:
        format_money(0, "USD", text.strip())
    except MoneyError:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not a known locale, e.g. pt_BR or en_US"), shown(text)) from None
    return text.strip().replace("-", "_")


def _keywords(text: str) -> str:
    try:
        parse_keywords(text)
    except KeywordError as error:
        raise SettingError(PASSED_ON, unnamed(error, BUY_KEYWORDS)) from None
    return text.strip()


DEFINITIONS = (
    SettingDefinition(
        CURRENCY, Section.SHOP, Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Currency"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "ISO 4217 currency of imported prices that name none, e.g. EUR"),
        check=_currency, unset="(not set)"),
    SettingDefinition(
        LOCALE, Section.SHOP, Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Money locale"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "How the show writes money and numbers, e.g. pt_BR"),
        default=DEFAULT_LOCALE, check=_locale),
    SettingDefinition(
        BUY_KEYWORDS, Section.SHOP, Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Buy keywords"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The words that make a comment a purchase, per language, e.g. "
                          "'en: sold, mine; es: compro'"),
        check=_keywords, unset="(the built-in words)"),
    SettingDefinition(
        CHECKOUT_URL, Section.SHOP, Kind.URL, QT_TRANSLATE_NOOP("SettingDefinitions", "Checkout link"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The shop's page the QR code opens for a product without a link of its own, e.g. "
                          "https://shop.example/checkout"),
        check=setting_checks.web_address, unset="(none)"),
)
