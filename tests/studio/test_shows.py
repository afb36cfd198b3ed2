import pytest

from studio.catalog import Product, find_by_code, save_products
from studio.shows import ShowError, pin_product, pinned_product_id, resolve_show, start_show
from studio.storage import transaction


def test_shows_are_named_or_last(db):
    with pytest.raises(ShowError, match="--show last: there has been no show yet"):
        resolve_show(db, "last")
    first, second = start_show(db), start_show(db)
    assert resolve_show(db, "last") == second and resolve_show(db, str(first)) == first
    with pytest.raises(ShowError, match="--show x: no such show"):
        resolve_show(db, "x")
    with pytest.raises(ShowError, match="--show 99: no such show"):
        resolve_show(db, "99")


def test_a_pin_belongs_to_its_show_and_a_deleted_product_unpins(db):
    save_products(db, [Product(sku="MUG", title="Mug", price=1000, currency="EUR", code="A1", stock=5)])
    mug = find_by_code(db, "A1")
    first, second = start_show(db), start_show(db)
    pin_product(db, second, mug.id)
    assert (pinned_product_id(db, first), pinned_product_id(db, second)) == (None, mug.id)
    with transaction(db):
        db.execute("DELETE FROM products WHERE id = ?", (mug.id,))
    assert pinned_product_id(db, second) is None
    pin_product(db, second, None)
    assert pinned_product_id(db, second) is None
