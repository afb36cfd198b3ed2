"""Asking which currency a file's prices are in: Shopify exports and many sheets never say."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QWidget

from studio.money import known_currencies

COMMON = ("USD", "EUR", "GBP", "BRL", "MXN", "CAD", "AUD", "RUB", "INR", "JPY", "CNY", "KRW", "TRY", "PLN")


def currency_choices(preferred: str) -> list[str]:
    """The preferred currency first, then the common ones, then every other ISO 4217 code."""
    rest = sorted(known_currencies() - {preferred, *COMMON})
    return [preferred, *(code for code in COMMON if code != preferred), *rest]


def ask_price_currency(parent: QWidget) -> str | None:
    preferred = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "USD"
    if preferred not in known_currencies():
        preferred = "USD"
    choice, accepted = QInputDialog.getItem(
        parent, QCoreApplication.translate("CurrencyDialog", "Import products"),
        QCoreApplication.translate("CurrencyDialog", "Currency of the prices in this file (where a row names none):"),
        currency_choices(preferred), 0, False,
    )
    return choice if accepted else None
