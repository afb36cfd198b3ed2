from __future__ import annotations

from pathlib import Path

import cv2

from studio.catalog import list_products
from studio.paths import resolve_paths
from studio.settings import set_setting
from studio.store import open_store


def test_a_new_data_dir_opens_with_the_demo_catalog(tmp_path):
    paths = resolve_paths(tmp_path / "fresh")
    db = open_store(paths)
    products = list_products(db)
    db.conn.close()
    assert 8 <= len(products) <= 12
    assert len({product.code.upper() for product in products}) == len(products)
    assert sum(1 for product in products if product.variants) >= 2
    assert any(product.compare_at_price for product in products)
    assert any(product.total_stock == 0 for product in products)  # a sold-out product to show
    for product in products:
        assert product.price > 0 and product.checkout_url.startswith("https://")
        image = cv2.imread(product.image)
        assert image is not None and image.shape[0] >= 200, product.image
        assert Path(product.image).parent == paths.images  # copied into the data dir


def test_the_demo_loads_once_and_never_comes_back_after_the_shop_empties_it(tmp_path):
    paths = resolve_paths(tmp_path / "shop")
    db = open_store(paths)
    db.execute("DELETE FROM products")
    db.conn.close()
    db = open_store(paths)
    assert list_products(db) == []
    db.conn.close()


def test_a_store_that_already_has_products_gets_no_demo(tmp_path):
    paths = resolve_paths(tmp_path / "imported")
    db = open_store(paths, seed_demo=False)
    set_setting(db, "currency", "EUR")
    db.conn.close()
    db = open_store(paths)
    assert len(list_products(db)) >= 8  # nothing imported yet: the demo is welcome
    db.conn.close()
