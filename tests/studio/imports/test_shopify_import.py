from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.catalog import find_by_code, list_products
from studio.imports import ProductImportError, import_products
from tests.studio.imports.conftest import FIXTURES


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return Path(shutil.copy(FIXTURES / "shopify_products.csv", tmp_path / "products_export_1.csv"))


def by_sku(db):
    return {product.sku: product for product in list_products(db)}


def test_a_shopify_export_becomes_products_with_variants_and_images(db, export):
    result = import_products(db, export, currency="EUR", shop_url="https://atelier.example/")
    assert (result.format, result.created, result.updated) == ("shopify", 3, 0)
    shirt = by_sku(db)["linen-shirt"]
    assert shirt.title == "Linen Shirt"
    assert shirt.option_names == ("Size", "Colour")
    assert [variant.title for variant in shirt.variants] == ["S / White", "S / Sand", "M / White", "L / White"]
    assert [variant.sku for variant in shirt.variants] == ["LS-S-WHT", "LS-S-SND", "LS-M-WHT", "LS-L-WHT"]
    assert [variant.price for variant in shirt.variants] == [4900, 4900, 4900, 5200]
    assert shirt.variants[0].compare_at_price == 6500 and shirt.variants[3].compare_at_price is None
    assert shirt.currency == "EUR" and shirt.price == 4900 and shirt.compare_at_price == 6500
    assert shirt.images == (
        "https://cdn.example.com/files/linen-shirt-front.jpg",
        "https://cdn.example.com/files/linen-shirt-back.jpg",
        "https://cdn.example.com/files/linen-shirt-detail.jpg",
    )
    assert shirt.image == shirt.images[0]
    assert shirt.checkout_url == "https://atelier.example/products/linen-shirt"


def test_shopify_stock_negative_means_oversold_and_counts_as_zero(db, export):
    import_products(db, export, currency="EUR")
    shirt = by_sku(db)["linen-shirt"]
    assert [variant.stock for variant in shirt.variants] == [4, 0, 7, 0]
    assert shirt.total_stock == 11


def test_the_default_title_option_means_no_variants(db, export):
    import_products(db, export, currency="EUR")
    products = by_sku(db)
    pin = products["PIN-001"]
    assert pin.variants == () and pin.option_names == ()
    assert (pin.price, pin.stock) == (950, 120)
    wrap = products["gift-wrap"]  # no Variant SKU: the handle stands in; no tracker: stock untracked
    assert wrap.stock is None and wrap.status == "draft"


def test_html_bodies_become_plain_text_with_entities_decoded(db, export):
    import_products(db, export, currency="EUR")
    products = by_sku(db)
    assert products["linen-shirt"].description == (
        "Relaxed fit linen shirt.\n\n• 100% linen\n• Made in Portugal\n\nCafé & crème tones."
    )
    assert products["PIN-001"].description == "Hard enamel — 25\u00a0mm."


def test_every_imported_product_gets_a_unique_short_code(db, export):
    import_products(db, export, currency="EUR")
    codes = [product.code for product in list_products(db)]
    assert len(set(codes)) == 3 and all(code[0].isalpha() and code[1:].isdigit() for code in codes)
    assert find_by_code(db, codes[0].lower()).sku == list_products(db)[0].sku


def test_reimporting_the_same_export_updates_and_keeps_codes(db, export):
    import_products(db, export, currency="EUR")
    codes = {product.sku: product.code for product in list_products(db)}
    export.write_text(export.read_text(encoding="utf-8").replace("LS-M-WHT,210,shopify,7", "LS-M-WHT,210,shopify,9"), encoding="utf-8")
    result = import_products(db, export, currency="EUR")
    assert (result.created, result.updated) == (0, 3)
    products = by_sku(db)
    assert len(products) == 3
    assert {sku: product.code for sku, product in products.items()} == codes
    assert products["linen-shirt"].variants[2].stock == 9


def test_a_bad_variant_price_names_the_line_and_column_and_imports_nothing(db, export):
    text = export.read_text(encoding="utf-8").replace("LS-M-WHT,210,shopify,7,deny,manual,49.00", "LS-M-WHT,210,shopify,7,deny,manual,\"12,5O\"")
    export.write_text(text, encoding="utf-8")
    with pytest.raises(ProductImportError) as error:
        import_products(db, export, currency="EUR")
    assert "line 5, Variant Price: '12,5O' is not a price" in str(error.value)
    assert list_products(db) == []


def test_the_currency_must_be_a_real_one(db, export):
    with pytest.raises(ProductImportError, match="--currency: 'EUROS' is not an ISO 4217 currency code"):
        import_products(db, export, currency="EUROS")


def test_a_handle_without_title_on_its_first_row_is_named(db, write_csv):
    path = write_csv("Handle,Title,Variant Price\nmystery,,10.00\n")
    with pytest.raises(ProductImportError, match="line 2, Title: product 'mystery' has no title"):
        import_products(db, path, currency="USD")


def test_two_rows_with_the_same_options_are_refused(db, write_csv):
    path = write_csv(
        "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
        "cap,Cap,Size,M,CAP-M,10.00\n"
        "cap,,,M,CAP-M2,10.00\n"
    )
    with pytest.raises(ProductImportError, match="line 3, Option1 Value: product 'cap' already has the variant 'M' on line 2"):
        import_products(db, path, currency="USD")


def test_a_shopify_export_without_a_currency_anywhere_is_refused(db, export):
    with pytest.raises(ProductImportError, match="Shopify exports carry no currency: give --currency CODE"):
        import_products(db, export)
    assert list_products(db) == []
