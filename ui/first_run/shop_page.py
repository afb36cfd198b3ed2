"""The shop's currency and how money is written (its locale), with an example of both."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget, QWizardPage

from studio.money import MoneyError, format_money, known_currencies
from ui.plain_label import error_label, plain_label

# The money formats offered first; any locale Babel knows can be typed.
LOCALES = {"en_US": "English (United States)", "en_GB": "English (United Kingdom)", "es_ES": "Español (España)",
           "es_MX": "Español (México)", "pt_BR": "Português (Brasil)", "pt_PT": "Português (Portugal)",
           "fr_FR": "Français (France)", "de_DE": "Deutsch (Deutschland)", "it_IT": "Italiano (Italia)",
           "ru_RU": "Русский (Россия)", "ja_JP": "日本語 (日本)"}
CURRENCY_OF = {"en_US": "USD", "en_GB": "GBP", "es_ES": "EUR", "es_MX": "MXN", "pt_BR": "BRL", "pt_PT": "EUR",
               "fr_FR": "EUR", "de_DE": "EUR", "it_IT": "EUR", "ru_RU": "RUB", "ja_JP": "JPY"}
EXAMPLE_PRICE = 5990  # in minor units: what the example shows


class ShopPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("Prices are kept in one currency. The demo products are priced in it too, so a "
                                 "show's takings are never in two currencies."))
        self.money_locale = QComboBox(self)
        self.money_locale.setEditable(True)
        for code, name in LOCALES.items():
            self.money_locale.addItem(f"{name} — {code}", code)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(sorted(known_currencies()))
        self.example = plain_label(self)
        self.error = error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Money is written as in:"), self.money_locale)
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow(self.tr("A price reads:"), self.example)
        form.addRow(self.error)
        self.money_locale.currentIndexChanged.connect(self._locale_chosen)
        self.money_locale.editTextChanged.connect(self._show_example)
        self.currency.editTextChanged.connect(self._show_example)
        self.set_choice("en_US", "USD")

    def set_choice(self, locale: str, currency: str) -> None:
        index = self.money_locale.findData(locale)
        if index >= 0:
            self.money_locale.setCurrentIndex(index)
        else:
            self.money_locale.setEditText(locale)
        self.currency.setEditText(currency)
        self._show_example()

    def chosen_locale(self) -> str:
        index = self.money_locale.findText(self.money_locale.currentText())
        return str(self.money_locale.itemData(index)) if index >= 0 else self.money_locale.currentText().strip()

    def chosen_currency(self) -> str:
        return self.currency.currentText().strip().upper()

    def _locale_chosen(self, index: int) -> None:
        currency = CURRENCY_OF.get(str(self.money_locale.itemData(index)))
        if currency:
            self.currency.setEditText(currency)
        self._show_example()

    def _show_example(self) -> None:
        self.example.setText(self._example() or "")

    def _example(self) -> str | None:
        try:
            return format_money(EXAMPLE_PRICE, self.chosen_currency(), self.chosen_locale())
        except (MoneyError, KeyError, ValueError):
            return None

    def validatePage(self) -> bool:
        if self.chosen_currency() not in known_currencies():
            self.error.setText(self.tr("Currency: {code} is not an ISO 4217 code, e.g. EUR").format(
                code=self.chosen_currency() or self.tr("(empty)")))
            return False
        if self._example() is None:
            self.error.setText(self.tr("Money format: {locale} is not a locale, e.g. pt_BR").format(
                locale=self.chosen_locale() or self.tr("(empty)")))
            return False
        self.error.clear()
        return True
