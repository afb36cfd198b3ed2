from __future__ import annotations

import sqlite3

import pytest

from studio.catalog import Product, Variant, find_by_code, list_products, save_products, search_products


def product(sku: str, title: str, code: str, description: str = "", **fields) -> Product:
    return Product(sku=sku, title=title, price=1000, currency="USD", code=code, description=description, **fields)


@pytest.fixture
def catalog(db):
    save_products(
        db,
        [
            product("MUG-1", "Café Moka Mug", "A1", "Stoneware, 350 ml"),
            product("TEE-1", "Organic T-shirt", "A2", "Soft cotton", option_names=("Size",),
                    variants=(Variant("TEE-1-S", ("S",), 1000, stock=2), Variant("TEE-1-XL", ("XL",), 1200, stock=0))),
            product("PLANT-7", "Monstera plant", "B7", "Comes with a ceramic pot"),
            product("BOOK-1", "Кулинарная книга", "C3", "Рецепты"),
        ],
    )
    return db


def found(db, text: str) -> list[str]:
    return [item.sku for item in search_products(db, text)]


@pytest.mark.parametrize(
    ("text", "skus"),
    [
        ("mug", ["MUG-1"]),
        ("cafe", ["MUG-1"]),  # accents aside
        ("CERAMIC", ["PLANT-7"]),  # description
        ("t-shirt", ["TEE-1"]),  # punctuation is not query syntax
        ("mon", ["PLANT-7"]),  # prefix
        ("b7", ["PLANT-7"]),  # code
        ("plant-7", ["PLANT-7"]),  # sku
        ("TEE-1-XL", ["TEE-1"]),  # a variant's sku
        ("книга", ["BOOK-1"]),
        ('"quoted', []),
        ("mug plant", []),  # every word must match
        ("", ["MUG-1", "TEE-1", "PLANT-7", "BOOK-1"]),
    ],
)
def test_search_covers_title_description_sku_and_code(catalog, text, skus):
    assert found(catalog, text) == skus


def test_codes_are_found_whatever_the_case(catalog):
    assert find_by_code(catalog, "b7").sku == "PLANT-7"
    assert find_by_code(catalog, "Z99") is None


def test_products_with_variants_sum_their_stock(catalog):
    tee = find_by_code(catalog, "A2")
    assert [variant.title for variant in tee.variants] == ["S", "XL"]
    assert tee.total_stock == 2


def test_a_product_with_an_untracked_variant_is_untracked(db):
    save_products(db, [product("V-1", "Vase", "D1", variants=(Variant("V-1-a", ("A",), 100, stock=3), Variant("V-1-b", ("B",), 100)))])
    assert find_by_code(db, "D1").total_stock is None


def test_saving_again_updates_variants_in_place_and_drops_gone_ones(catalog):
    before = dict(catalog.execute("SELECT sku, id FROM variants").fetchall())
    tee = find_by_code(catalog, "A2")
    save_products(catalog, [product("TEE-1", "Organic T-shirt", "A2", variants=(Variant("TEE-1-S", ("S",), 1100, stock=5),))])
    after = dict(catalog.execute("SELECT sku, id FROM variants").fetchall())
    assert after["TEE-1-S"] == before["TEE-1-S"]  # same row: orders that point at it stay valid
    assert "TEE-1-XL" not in after
    assert find_by_code(catalog, "A2").variants[0].price == 1100
    assert tee.variants[0].price == 1000


def test_stock_can_never_be_stored_negative(db):
    with pytest.raises(sqlite3.IntegrityError):
        save_products(db, [product("N-1", "Negative", "E1", stock=-1)])
    assert list_products(db) == []


def test_a_bulk_save_leaves_search_and_its_triggers_working(db):
    many = [product(f"BULK-{n}", f"Bulk item {n}", f"K{n}") for n in range(2500)]
    save_products(db, many)
    assert found(db, "item 2499") == ["BULK-2499"]
    save_products(db, [product("BULK-7", "Renamed lamp", "K7")])  # a small save goes through the triggers again
    assert found(db, "lamp") == ["BULK-7"] and "BULK-7" not in found(db, "bulk item 7")


def test_a_failed_bulk_save_changes_nothing(db):
    many = [product(f"BULK-{n}", f"Bulk item {n}", f"K{n}") for n in range(2500)]
    many.append(product("BAD", "Bad", "K1"))  # a code that is already taken in the same batch
    with pytest.raises(sqlite3.IntegrityError):
        save_products(db, many)
    assert list_products(db) == []
    triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"products_fts_insert", "products_fts_update", "products_fts_delete"} <= triggers


def test_the_catalog_can_be_read_in_part_by_status_and_count(db):
    from dataclasses import replace

    base = Product(sku="S0", title="Item", price=100, currency="EUR", code="B0")
    save_products(db, [replace(base, sku=f"S{n}", code=f"B{n}", status="draft" if n % 2 else "active") for n in range(6)])
    assert [product.sku for product in list_products(db, status="active", limit=2)] == ["S0", "S2"]
    assert len(list_products(db)) == 6 and len(list_products(db, status="draft")) == 3
