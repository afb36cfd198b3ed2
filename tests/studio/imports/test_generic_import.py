from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.catalog import Product, list_products, save_products
from studio.imports import ProductImportError, import_products
from studio.settings import set_setting
from tests.studio.imports.conftest import FIXTURES

HEADER = "sku,title,price,currency,stock,image,code\n"


def skus(db) -> dict[str, Product]:
    return {product.sku: product for product in list_products(db)}


def import_fails(db, path: Path, **options) -> str:
    with pytest.raises(ProductImportError) as error:
        import_products(db, path, **options)
    return str(error.value)


def test_a_product_sheet_imports_with_prices_stock_images_and_codes(db, tmp_path):
    path = Path(shutil.copy(FIXTURES / "generic_products.csv", tmp_path / "sheet.csv"))
    result = import_products(db, path)
    assert (result.format, result.created) == ("generic", 3)
    products = skus(db)
    mug, tee, tote = products["MUG-1"], products["TEE-BLK"], products["BAG-TOTE"]
    assert (mug.price, mug.currency, mug.stock, mug.code) == (2400, "USD", 18, "M1")
    assert mug.image == str(tmp_path / "mug.png")  # relative to the sheet's folder
    assert (tee.price, tee.stock) == (1999, None)  # empty stock: not tracked
    assert tee.code and tee.code not in ("M1", "T7")
    assert (tote.price, tote.currency, tote.code) == (1250, "EUR", "T7")  # "12,50" and a lower-case code
    assert tote.image == "https://cdn.example.com/tote.jpg"


def test_header_names_are_case_insensitive_and_semicolons_work(db, write_csv):
    path = write_csv("SKU;Title;Price;Stock\nA-1;Café crème;3,20;4\n")
    import_products(db, path, currency="EUR")
    assert skus(db)["A-1"].title == "Café crème" and skus(db)["A-1"].price == 320


def test_a_utf8_bom_is_not_part_of_the_first_column(db, write_csv):
    path = write_csv("\ufeffsku,title,price\nB-1,Кружка,500\n")
    import_products(db, path, currency="RUB")
    assert skus(db)["B-1"].title == "Кружка" and skus(db)["B-1"].price == 50000


def test_a_windows_1252_file_saved_by_excel_reads_right(db, write_csv):
    path = write_csv("sku,title,price,currency\nC-1,Crème brûlée – 200 g,\"4,50\",EUR\n", encoding="cp1252")
    import_products(db, path)
    assert skus(db)["C-1"].title == "Crème brûlée – 200 g"


def test_a_utf16_file_from_excel_unicode_text_reads_right(db, write_csv):
    path = write_csv("sku\ttitle\tprice\nD-1\t日本茶\t1200\n", encoding="utf-16")
    import_products(db, path, currency="JPY")
    assert skus(db)["D-1"].title == "日本茶" and skus(db)["D-1"].price == 1200


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('E-1,Mug,"12,5O",USD,1,,', "line 2, price: '12,5O' is not a price"),
        ("E-1,Mug,-3.00,USD,1,,", "line 2, price: '-3.00' is negative"),
        ("E-1,Mug,12.00,XYZ,1,,", "line 2, currency: 'XYZ' is not an ISO 4217 currency code"),
        ("E-1,Mug,12.00,USD,-2,,", "line 2, stock: '-2' is negative: stock cannot go below zero"),
        ("E-1,Mug,12.00,USD,two,,", "line 2, stock: 'two' is not a whole number of units"),
        (",Mug,12.00,USD,1,,", "line 2, sku: the sku is empty"),
        ("E-1,,12.00,USD,1,,", "line 2, title: the title is empty"),
        ("E-1,Mug,,USD,1,,", "line 2, price: a price is required"),
        ("E-1,Mug,12.00,USD,1,,A 1", "line 2, code: 'A 1' is not a code"),
        ("E-1,Mug,12.123,USD,1,,", "line 2, price: '12.123' has more than 2 decimals"),
    ],
)
def test_a_bad_cell_is_named_by_line_and_column(db, write_csv, row, message):
    assert message in import_fails(db, write_csv(HEADER + row + "\n"))


def test_an_unquoted_comma_that_adds_a_cell_is_caught(db, write_csv):
    message = import_fails(db, write_csv(HEADER + "E-1,Mug,12,50,USD,1,mug.png,M1\n"))
    assert "line 2: 8 cells, but the header has 7 columns" in message


def test_every_bad_line_is_reported_and_nothing_is_imported(db, write_csv):
    rows = [f"OK-{n},Product {n},10.00,USD,1,," for n in range(12)]
    rows[3] = "BAD-1,Product,ten,USD,1,,"
    rows[9] = "BAD-2,Product,10.00,USD,-1,,"
    message = import_fails(db, write_csv(HEADER + "\n".join(rows) + "\n"))
    assert "line 5, price" in message and "line 11, stock" in message
    assert list_products(db) == []


def test_the_command_line_lists_twenty_problems_in_english_and_counts_the_rest(db, write_csv):
    rows = [f"BAD-{n},Product {n},ten,USD,1,," for n in range(23)]
    lines = import_fails(db, write_csv(HEADER + "\n".join(rows) + "\n")).split("\n")
    assert lines[0] == "line 2, price: 'ten' is not a price" and len(lines) == 21
    assert lines[-1] == "... and 3 more problems"


def test_a_failed_import_leaves_the_store_as_it_was(db, write_csv):
    import_products(db, write_csv(HEADER + "F-1,Original,10.00,USD,5,,\n", name="first.csv"))
    before = list_products(db)
    bad = write_csv(HEADER + "F-1,Changed,11.00,USD,5,,\nF-2,New,oops,USD,1,,\n", name="second.csv")
    import_fails(db, bad)
    assert list_products(db) == before


def test_a_duplicate_sku_in_the_file_names_both_lines(db, write_csv):
    path = write_csv(HEADER + "G-1,One,1.00,USD,1,,\nG-2,Two,1.00,USD,1,,\nG-1,Again,1.00,USD,1,,\n")
    assert "line 4, sku: 'G-1' already appears on line 2" in import_fails(db, path)


def test_a_duplicate_code_in_the_file_is_refused(db, write_csv):
    path = write_csv(HEADER + "H-1,One,1.00,USD,1,,X1\nH-2,Two,1.00,USD,1,,x1\n")
    assert "line 3, code: the code 'X1' is also on line 2" in import_fails(db, path)


def test_a_code_another_product_already_has_is_refused(db, write_csv):
    save_products(db, [Product(sku="OLD", title="Old", price=100, currency="USD", code="Z9")])
    path = write_csv(HEADER + "NEW,New,1.00,USD,1,,z9\n")
    assert "line 2, code: the code 'Z9' belongs to product 'OLD' already" in import_fails(db, path)


def test_missing_required_columns_are_each_named(db, write_csv):
    message = import_fails(db, write_csv("sku,name,cost\nA,B,C\n"), format="generic")
    assert "needs the column 'title'" in message and "needs the column 'price'" in message
    assert "needs the column 'sku'" not in message


def test_an_unknown_header_says_which_formats_are_understood(db, write_csv):
    assert "neither a Shopify product export" in import_fails(db, write_csv("name,cost\nA,B\n"))


@pytest.mark.parametrize("content", ["", "\n\n", "\ufeff"])
def test_an_empty_file_is_an_error(db, write_csv, content):
    assert "the file is empty" in import_fails(db, write_csv(content))


def test_a_header_without_rows_is_an_error(db, write_csv):
    assert "no products" in import_fails(db, write_csv(HEADER))


def test_a_missing_file_is_an_error_not_a_crash(db, tmp_path):
    assert "cannot read" in import_fails(db, tmp_path / "nowhere.csv")


def test_reimporting_updates_by_sku_and_never_duplicates(db, write_csv):
    path = write_csv(HEADER + "I-1,Mug,10.00,USD,3,,\nI-2,Cup,5.00,USD,1,,\n")
    import_products(db, path)
    first_codes = {sku: product.code for sku, product in skus(db).items()}
    path = write_csv(HEADER + "I-1,Mug (large),12.00,USD,7,,\nI-2,Cup,5.00,USD,1,,\n")
    result = import_products(db, path)
    assert (result.created, result.updated) == (0, 2)
    products = skus(db)
    assert len(products) == 2
    assert (products["I-1"].title, products["I-1"].price, products["I-1"].stock) == ("Mug (large)", 1200, 7)
    assert {sku: product.code for sku, product in products.items()} == first_codes


def test_new_products_never_take_the_code_a_reimported_product_keeps(db, write_csv):
    import_products(db, write_csv(HEADER + "J-1,One,1.00,USD,1,,\n", name="a.csv"))
    kept = skus(db)["J-1"].code
    import_products(db, write_csv(HEADER + "J-0,Zero,1.00,USD,1,,\nJ-1,One,1.00,USD,1,,\n", name="b.csv"))
    products = skus(db)
    assert products["J-1"].code == kept and products["J-0"].code != kept


def test_hostile_text_is_stored_as_clean_plain_text(db, write_csv):
    title = "<b>Bold</b>\x07 \u202eevil\u202c " + "ş" * 5000
    path = write_csv(HEADER + f'K-1,"{title}",1.00,USD,1,,\n')
    import_products(db, path)
    stored = skus(db)["K-1"].title
    assert stored.startswith("<b>Bold</b> evil ")  # kept as text, control and bidi-override characters gone
    assert "\x07" not in stored and "\u202e" not in stored and len(stored) == len("<b>Bold</b> evil ") + 5000


def test_without_any_currency_the_sheet_is_refused_not_guessed(db, write_csv):
    message = import_fails(db, write_csv("sku,title,price\nL-1,Lamp,10.00\n"))
    assert "line 2, currency: the price has no currency: give --currency CODE" in message


def test_the_store_currency_fills_rows_that_name_none(db, write_csv):
    set_setting(db, "currency", "CHF")
    import_products(db, write_csv("sku,title,price\nL-1,Lamp,10.00\n"))
    assert skus(db)["L-1"].currency == "CHF"
