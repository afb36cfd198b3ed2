import pytest

from studio.catalog import Product, find_by_code, save_products
from studio.shows import ShowError, end_show, pin_product, pinned_product_id, resolve_show, start_show
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


def test_each_pin_is_kept_with_when_it_went_up_and_came_down(db):
    save_products(db, [Product(sku="MUG", title="Mug", price=1000, currency="EUR", code="A1", stock=5),
                       Product(sku="TEE", title="Tee", price=1000, currency="EUR", code="B2", stock=5)])
    mug, tee = find_by_code(db, "A1"), find_by_code(db, "B2")
    show = start_show(db, at=100.0)
    pin_product(db, show, mug.id, at=110.0)
    pin_product(db, show, mug.id, at=120.0)  # already up: the same pin goes on
    pin_product(db, show, tee.id, at=130.0)
    pin_product(db, show, None, at=140.0)
    pin_product(db, show, mug.id, at=150.0)
    end_show(db, show, at=170.0)
    assert db.execute("SELECT code, pinned_at, unpinned_at FROM pins WHERE show_id = ? ORDER BY id", (show,)).fetchall() == [
        ("A1", 110.0, 130.0), ("B2", 130.0, 140.0), ("A1", 150.0, 170.0)]
