"""The show's discount code on the card and in the ticker, and free shipping in the ticker,
worded and priced in the show's language."""

from __future__ import annotations

import pytest

from studio.catalog import Product
from studio.commerce.cart_terms import parse_discount
from studio.commerce.stream_offers import StreamOffers
from studio.overlay_views import product_card_view, ticker_items


def product(**changes) -> Product:
    fields = dict(sku="D-1", title="Linen Dress", price=5900, currency="BRL", code="A12", stock=3)
    fields.update(changes)
    return Product(**fields)


def nbsp(text: str | None) -> str | None:
    return None if text is None else text.replace("\u00a0", " ")


@pytest.mark.parametrize(("locale", "code", "line"), [
    ("en_US", "LIVE10 10%", "Code LIVE10: 10% off"),
    ("pt_BR", "LIVE10 10%", "Cupom LIVE10: 10% de desconto"),
    ("en_US", "LIVE5 5.00", "Code LIVE5: R$5.00 off"),
    ("pt_BR", "LIVE5 5.00", "Cupom LIVE5: R$ 5,00 de desconto"),
    ("fr_FR", "DEMI 12.5%", "Code DEMI : 12,5 % de remise"),
])
def test_the_card_reads_the_shows_discount_code(locale, code, line):
    view = product_card_view(product(), locale, offers=StreamOffers(parse_discount(code)))
    assert nbsp(view.offer_text) == line


def test_without_a_code_the_card_has_no_code_line():
    assert product_card_view(product(), "pt_BR").offer_text is None
    assert product_card_view(product(), "pt_BR", offers=StreamOffers(None, "150")).offer_text is None


def test_the_ticker_leads_with_the_code_and_free_shipping_in_the_products_currency():
    offers = StreamOffers(parse_discount("LIVE10 10%"), "150")
    items = ticker_items([product(), product(sku="D-2", code="A13", title="Mug")], "pt_BR", offers)
    assert [nbsp(item.label()) for item in items[:2]] == ["Cupom LIVE10: 10% de desconto",
                                                         "Frete grátis a partir de R$ 150,00"]
    assert [item.title for item in items[2:]] == ["Linen Dress", "Mug"]
    english = ticker_items([product(currency="USD")], "en_US", StreamOffers(None, "150"))
    assert [item.label() for item in english] == ["Free shipping over $150.00", "Linen Dress  ·  $59.00  ·  A12"]


def test_no_offers_leave_the_ticker_to_the_products_and_an_empty_catalog_stays_empty():
    assert [item.title for item in ticker_items([product()], "en_US")] == ["Linen Dress"]
    assert ticker_items([], "en_US", StreamOffers(parse_discount("LIVE10 10%"), "150")) == []
