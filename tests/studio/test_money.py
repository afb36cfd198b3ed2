from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.money import Money, MoneyError, format_money, format_totals, normalise_currency, parse_price


def plain_spaces(text: str) -> str:
    # Babel keeps the locale's no-break spaces (so an amount never wraps on screen).
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (9990, "BRL", "pt_BR", "R$ 99,90"),
        (1999, "EUR", "fr_FR", "19,99 €"),
        (150000, "RUB", "ru_RU", "1 500,00 ₽"),
        (2599, "USD", "en_US", "$25.99"),
        (1200, "JPY", "ja_JP", "￥1,200"),
    ],
)
def test_money_formats_per_locale(minor, currency, locale, expected):
    assert plain_spaces(format_money(minor, currency, locale)) == expected
    assert plain_spaces(Money(minor, currency).format(locale)) == expected


def test_an_unknown_locale_is_a_clear_error():
    with pytest.raises(MoneyError, match="'xx_YY' is not a known locale"):
        format_money(100, "USD", "xx_YY")


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.50", "USD", 1250),
        ("12,50", "EUR", 1250),
        ("12,5", "EUR", 1250),
        ("99", "BRL", 9900),
        ("1.234,56", "EUR", 123456),
        ("1,234.56", "USD", 123456),
        ("1 234,56", "RUB", 123456),
        (" 7.00 ", "USD", 700),
        ("1500", "JPY", 1500),
        ("1.250", "KWD", 1250),
    ],
)
def test_prices_read_as_shops_write_them(text, currency, minor):
    assert parse_price(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("12,5O", "USD", "'12,5O' is not a price"),
        ("", "USD", "'' is not a price"),
        ("-1.00", "USD", "'-1.00' is negative"),
        ("1.5", "JPY", "JPY has no minor unit"),
        ("1.2.3", "USD", "is not a price"),
        ("$12", "USD", "is not a price"),
    ],
)
def test_bad_prices_say_what_is_wrong(text, currency, message):
    with pytest.raises(MoneyError, match=message.replace("$", r"\$")):
        parse_price(text, currency)


@given(st.integers(min_value=0, max_value=10**12))
def test_a_plain_amount_reads_back_to_the_same_minor_units(minor):
    assert parse_price(f"{minor // 100}.{minor % 100:02d}", "USD") == minor
    assert parse_price(f"{minor // 100},{minor % 100:02d}", "EUR") == minor


@given(st.text(max_size=40))
def test_any_text_is_a_price_or_a_money_error(text):
    try:
        assert parse_price(text, "USD") >= 0
    except MoneyError:
        pass


def test_currency_codes_are_checked_and_upper_cased():
    assert normalise_currency(" brl ") == "BRL"
    with pytest.raises(MoneyError, match="'BTC' is not an ISO 4217 currency code"):
        normalise_currency("BTC")


def test_totals_in_several_currencies_are_written_in_code_order():
    assert format_totals({"EUR": 1200, "BRL": 83860}, "pt_BR") == "R$\xa0838,60, €\xa012,00"
    assert format_totals({}, "pt_BR") == "0" and format_totals({}, "pt_BR", " + ", nothing="") == ""
