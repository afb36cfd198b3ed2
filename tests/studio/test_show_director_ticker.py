"""A running show's ticker follows the catalog: the director reads it again when the catalog's
version moves, so a deleted product leaves the strip and an added one joins it."""

from __future__ import annotations

import threading

import pytest

from media.clock import now
from studio.catalog import Product, delete_products, find_by_code, list_products, save_products
from studio.demo_catalog import ensure_demo_catalog
from studio.show_director import ShowDirector
from studio.show_overlays import TICKER, ShowOverlays
from studio.shows import pin_product, start_show
from studio.storage import open_database


def wait_for(condition, timeout: float = 30.0) -> bool:
    pause = threading.Event()
    for _ in range(int(timeout * 20)):
        if condition():
            return True
        pause.wait(0.05)
    return condition()


@pytest.fixture
def running(tmp_path, qapp):
    db = open_database(tmp_path / "vitrina.db")
    ensure_demo_catalog(db, tmp_path / "images")
    show = start_show(db)
    pin_product(db, show, find_by_code(db, "A1").id)
    overlays = ShowOverlays(640, 360, "en_US", list_products(db, status="active"))
    director = ShowDirector(tmp_path / "vitrina.db", show, overlays)
    director.tick_once()
    director.start()
    yield db, overlays
    director.stop()
    db.conn.close()


def titles(overlays: ShowOverlays) -> list[str]:
    return [item.title for item in overlays.ticker_items]


def test_a_deleted_product_leaves_the_running_ticker_and_a_new_one_joins(running):
    db, overlays = running
    mug = find_by_code(db, "A2")
    assert mug.title in titles(overlays) and overlays.showing(TICKER)
    delete_products(db, [mug.id])
    assert wait_for(lambda: mug.title not in titles(overlays)), titles(overlays)
    save_products(db, [Product("NEW-1", "Velvet Headband", 1200, "USD", "V1")])
    assert wait_for(lambda: "Velvet Headband" in titles(overlays)), titles(overlays)
    assert overlays.showing(TICKER)  # swapped in place, still on stream
    assert len(overlays(now() + 1.0)) == 2  # the card and the new strip compose
