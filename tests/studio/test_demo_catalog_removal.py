"""One action removes the demo catalog: the demo's products go, the shop's own stay."""

from __future__ import annotations

from studio.catalog import Product, list_products, save_products
from studio.demo_catalog import demo_skus, ensure_demo_catalog, remove_demo_catalog


def test_only_the_demo_products_go_and_the_demo_never_comes_back(db, tmp_path):
    ensure_demo_catalog(db, tmp_path / "images")
    save_products(db, [Product("OWN-1", "Our own candle", 1500, "USD", "Z9")])
    removal = remove_demo_catalog(db)
    assert len(removal.removed) == len(demo_skus()) and removal.kept == ()
    assert [product.sku for product in list_products(db)] == ["OWN-1"]
    assert not ensure_demo_catalog(db, tmp_path / "images")
