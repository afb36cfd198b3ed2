"""Edits by hand: a price or a stock typed into the product list, a product added, changed or
deleted; each checked with the field named, written in one transaction, the catalog's version bumped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studio.catalog import Product, Variant, catalog_version, delete_products, find_by_code, list_products, save_products
from studio.catalog_edits import CatalogEditError, Item, save_edited_product, set_price, set_stock
from studio.commerce.buy_comments import BuyComment
from studio.commerce.orders import Buyer, place_order
from studio.shows import pin_product, pinned_product_id, start_show


@pytest.fixture
def catalog(db):
    save_products(db, [
        Product("MUG-1", "Mug", 1000, "USD", "A1", stock=1),
        Product("TEE-1", "T-shirt", 2000, "USD", "A2", option_names=("Size",),
                variants=(Variant("TEE-1-S", ("S",), 2000, stock=2), Variant("TEE-1-M", ("M",), 2100, stock=0))),
    ])
    return db


def buy(db, show: int, code: str, who: str, variant: str | None = None):
    product = find_by_code(db, code)
    return place_order(db, show, Buyer("twitch", who, who), BuyComment(product, variant, 1, None), f"sold {code}")


def test_a_price_typed_for_a_variant_changes_that_variant_only_and_bumps_the_version(catalog):
    before = catalog_version(catalog)
    tee = find_by_code(catalog, "A2")
    set_price(catalog, Item(tee.id, "TEE-1-M"), 2500)
    after = find_by_code(catalog, "A2")
    assert [variant.price for variant in after.variants] == [2000, 2500]
    assert after.price == 2000
    assert catalog_version(catalog) == before + 1


def test_stock_never_goes_below_zero_and_a_product_with_variants_takes_it_per_variant(catalog):
    mug = find_by_code(catalog, "A1")
    with pytest.raises(CatalogEditError, match="stock: the stock cannot go below zero"):
        set_stock(catalog, Item(mug.id), -1)
    with pytest.raises(CatalogEditError, match="edit a variant"):
        set_stock(catalog, Item(find_by_code(catalog, "A2").id), 5)
    assert find_by_code(catalog, "A1").stock == 1


def test_stock_raised_by_hand_moves_the_waitlist_forward(catalog):
    show = start_show(catalog)
    mug = find_by_code(catalog, "A1")
    assert buy(catalog, show, "A1", "ana").kind == "reserved"
    assert buy(catalog, show, "A1", "bo").kind == "waitlisted"
    set_stock(catalog, Item(mug.id), 3)
    assert find_by_code(catalog, "A1").stock == 2  # bo's order took one of the three
    assert catalog.execute("SELECT buyer_name FROM orders ORDER BY id").fetchall() == [("ana",), ("bo",)]


def test_a_new_product_gets_the_next_free_code_and_its_variants_skus(catalog):
    saved = save_edited_product(catalog, Product("CAP-1", "  Cap ", 900, "USD", "", option_names=("Colour",),
                                                 variants=(Variant("", ("Red",), 900, stock=4),)))
    assert (saved.code, saved.title) == ("A3", "Cap")
    assert [(variant.sku, variant.stock) for variant in saved.variants] == [("CAP-1-1", 4)]


@pytest.mark.parametrize(("change", "message"), [
    ({"title": " "}, "title: a product needs a title"),
    ({"code": "A2"}, "code: another product has the code A2 already"),
    ({"code": "A-2!"}, "code: 'A-2!' is not a code"),
    ({"variants": (Variant("TEE-1-S", ("S",), 1000),)}, "variant 1, SKU: TEE-1-S is a variant of TEE-1 already"),
    ({"variants": (Variant("X", ("",), 1000),)}, "variant 1: give its option"),
])
def test_a_product_the_catalog_cannot_take_is_refused_with_the_field_named(catalog, change, message):
    mug = find_by_code(catalog, "A1")
    with pytest.raises(CatalogEditError, match=message):
        save_edited_product(catalog, replace(mug, **change))
    assert find_by_code(catalog, "A1") == mug


def test_a_new_product_may_not_take_an_existing_sku(catalog):
    with pytest.raises(CatalogEditError, match="SKU: another product has the SKU MUG-1 already"):
        save_edited_product(catalog, Product("MUG-1", "Other mug", 100, "USD", ""))


def test_a_variant_with_orders_cannot_be_removed(catalog):
    show = start_show(catalog)
    buy(catalog, show, "A2", "ana", "TEE-1-S")
    tee = find_by_code(catalog, "A2")
    with pytest.raises(CatalogEditError, match="variants: TEE-1-S has orders"):
        save_edited_product(catalog, replace(tee, variants=tee.variants[1:]))
    edited = save_edited_product(catalog, replace(tee, variants=tee.variants[:1], title="Tee"))
    assert [variant.sku for variant in edited.variants] == ["TEE-1-S"] and edited.title == "Tee"


def test_deleting_keeps_products_with_orders_and_unpins_a_deleted_one(catalog):
    show = start_show(catalog)
    mug, tee = find_by_code(catalog, "A1"), find_by_code(catalog, "A2")
    buy(catalog, show, "A1", "ana")
    pin_product(catalog, show, tee.id)
    before = catalog_version(catalog)
    removal = delete_products(catalog, [mug.id, tee.id])
    assert (removal.removed, removal.kept) == (("A2",), ("A1",))
    assert [product.code for product in list_products(catalog)] == ["A1"]
    assert pinned_product_id(catalog, show) is None
    assert catalog_version(catalog) == before + 1
