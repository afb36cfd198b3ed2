from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from studio.catalog import Product, Variant, find_by_code, save_products
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.orders import Buyer, OrderError, change_state, place_order, restock
from studio.shows import start_show
from studio.storage import open_database


@pytest.fixture
def shop(tmp_path: Path):
    db = open_database(tmp_path / "shop.db")
    save_products(db, [
        Product(sku="MUG", title="Mug", price=1500, currency="EUR", code="A1", stock=10),
        Product(sku="TEE", title="Tee", price=2000, currency="EUR", code="A2", option_names=("Size",),
                variants=(Variant("TEE-S", ("S",), 2000, stock=1), Variant("TEE-M", ("M",), 2200, stock=0))),
    ])
    show = start_show(db, "test show")
    yield db, show, tmp_path / "shop.db"
    db.conn.close()


def order(db, show, buyer: str, text: str, at: float = 1000.0, price: int | None = None):
    reader = BuyCommentReader([find_by_code(db, "A1"), find_by_code(db, "A2")])
    return place_order(db, show, Buyer("twitch", buyer, buyer.title()), reader.read(text), text, at=at, price=price)


def stock(db, sku: str) -> int:
    row = db.execute("SELECT stock FROM products WHERE sku = ? UNION ALL SELECT stock FROM variants WHERE sku = ?",
                     (sku, sku)).fetchone()
    return row[0]


def test_an_order_reserves_stock_at_the_price_it_was_sold(shop):
    db, show, _ = shop
    outcome = order(db, show, "ana", "sold A1 x3", price=1200)  # a flash-sale price
    assert outcome.kind == "reserved" and stock(db, "MUG") == 7
    db.execute("UPDATE products SET price = 9999 WHERE sku = 'MUG'")
    assert db.execute("SELECT unit_price, quantity, state FROM orders").fetchone() == (1200, 3, "reserved")


def test_the_same_comment_again_within_30_s_is_one_order(shop):
    db, show, _ = shop
    first = order(db, show, "ana", "SOLD A1", at=1000.0)
    again = order(db, show, "ana", "sold a1", at=1020.0)
    later = order(db, show, "ana", "sold A1", at=1031.0)
    assert again.kind == "repeat" and again.order_id == first.order_id
    assert later.kind == "reserved" and stock(db, "MUG") == 8


def test_sold_out_joins_the_waitlist_and_a_cancellation_moves_it_forward(shop):
    db, show, _ = shop
    ana = order(db, show, "ana", "sold A2 S")
    bea = order(db, show, "bea", "sold A2 S", at=1001.0)
    cid = order(db, show, "cid", "sold A2 S", at=1002.0)
    assert (ana.kind, bea.kind, cid.kind) == ("reserved", "waitlisted", "waitlisted")
    change_state(db, ana.order_id, "cancelled")
    assert stock(db, "TEE-S") == 0
    buyers = [row[0] for row in db.execute("SELECT buyer_id FROM orders WHERE state = 'reserved' ORDER BY id")]
    assert buyers == ["bea"]  # first come, first served
    restock(db, find_by_code(db, "A2").id, db.execute("SELECT id FROM variants WHERE sku='TEE-S'").fetchone()[0], 1)
    assert [row[0] for row in db.execute("SELECT buyer_id FROM orders WHERE state = 'reserved' ORDER BY id")] == ["bea", "cid"]


def test_states_move_forward_only(shop):
    db, show, _ = shop
    placed = order(db, show, "ana", "sold A1")
    for state in ("confirmed", "paid", "shipped"):
        change_state(db, placed.order_id, state)
    with pytest.raises(OrderError, match="is shipped; it cannot become cancelled"):
        change_state(db, placed.order_id, "cancelled")
    assert stock(db, "MUG") == 9


def test_an_unorderable_comment_makes_no_order(shop):
    db, show, _ = shop
    with pytest.raises(OrderError, match="which Size"):
        order(db, show, "ana", "sold A2")
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


COMMENTS = [(f"buyer{n % 200}", "sold A1") for n in range(1000)]  # 200 buyers, 5 comments each


def check_the_rush(db) -> None:
    reserved = db.execute("SELECT count(*), count(DISTINCT buyer_id) FROM orders WHERE state = 'reserved'").fetchone()
    waiting = db.execute("SELECT count(*), count(DISTINCT buyer_id) FROM waitlist").fetchone()
    assert reserved == (10, 10) and stock(db, "MUG") == 0
    assert waiting == (190, 190)  # every other buyer waits once; repeats are merged


def test_1000_buy_comments_at_once_from_threads_never_oversell(shop):
    db, show, path = shop
    barrier = threading.Barrier(8)
    errors: list[Exception] = []

    def worker(share: list[tuple[str, str]]) -> None:
        connection = open_database(path)
        try:
            barrier.wait()
            for buyer, text in share:
                order(connection, show, buyer, text)
        except Exception as error:  # collected, so the test fails with it
            errors.append(error)
        finally:
            connection.conn.close()

    threads = [threading.Thread(target=worker, args=(COMMENTS[index::8],)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check_the_rush(db)


def test_1000_buy_comments_at_once_from_asyncio_tasks_never_oversell(shop):
    db, show, _ = shop

    async def rush() -> None:
        async def one(buyer: str, text: str) -> None:
            await asyncio.sleep(0)
            order(db, show, buyer, text)

        await asyncio.gather(*(one(buyer, text) for buyer, text in COMMENTS))

    asyncio.run(rush())
    check_the_rush(db)


def test_a_flash_sale_price_holds_for_its_minutes_then_ends_by_itself(shop):
    from studio.commerce.flash_sales import FlashSaleError, active_sale, start_flash_sale

    db, show, _ = shop
    mug = find_by_code(db, "A1")
    start_flash_sale(db, mug.id, 990, minutes=2, at=1000.0)
    during = order(db, show, "ana", "sold A1", at=1060.0)
    after = order(db, show, "bea", "sold A1", at=1121.0)  # two minutes on: nobody ended it, it ended
    prices = dict(db.execute("SELECT id, unit_price FROM orders").fetchall())
    assert prices[during.order_id] == 990 and prices[after.order_id] == 1500
    assert active_sale(db, mug.id, at=1119.9) is not None and active_sale(db, mug.id, at=1120.0) is None
    with pytest.raises(FlashSaleError, match="not 0 minutes"):
        start_flash_sale(db, mug.id, 500, minutes=0)


def test_every_state_change_is_an_event_and_a_buyers_orders_form_one_cart(shop):
    from studio.commerce.orders import cart

    db, show, _ = shop
    first = order(db, show, "ana", "sold A1")
    second = order(db, show, "ana", "sold A2 S", at=1001.0)
    order(db, show, "bea", "sold A1", at=1002.0)
    change_state(db, first.order_id, "confirmed")
    change_state(db, second.order_id, "cancelled")
    events = db.execute("SELECT order_id, state FROM order_events ORDER BY id").fetchall()
    assert events == [(first.order_id, "reserved"), (second.order_id, "reserved"), (3, "reserved"),
                      (first.order_id, "confirmed"), (second.order_id, "cancelled")]
    lines = cart(db, show, "twitch", "ana")
    assert [(line.order_id, line.state, line.unit_price) for line in lines] == [(first.order_id, "confirmed", 1500)]
