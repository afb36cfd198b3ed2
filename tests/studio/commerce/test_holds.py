from __future__ import annotations

import random
import threading
from pathlib import Path

from studio.catalog import find_by_code
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.cart_clerk import CartDesk
from studio.commerce.cart_store import CartEventKind
from studio.commerce.carts import PaymentState, pay_cart, show_carts
from studio.commerce.holds import expire, run_holds
from studio.commerce.orders import HOLD_ENDED, Buyer, place_order
from studio.storage import open_database
from tests.studio.commerce.cart_shop import buy, open_shop, stock


class Clock:
    """The time the test says it is."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_one_minute_hold_reminds_then_releases_and_the_waitlist_gets_the_stock(db):
    show = open_shop(db, hold_minutes="1")
    clock = Clock(1000.0)
    desk = CartDesk(db, show, clock, from_start=True)
    ana = buy(db, show, "ana", "quero A3", at=1000.0)
    bia = buy(db, show, "bia", "quero A3", at=1005.0)
    assert (ana.kind, bia.kind) == ("reserved", "waitlisted")
    news = desk.tick()
    assert [(item.kind, item.cart.buyer.id) for item in news] == [
        (CartEventKind.RESERVED, "ana"), (CartEventKind.WAITLISTED, "bia")]
    assert news[0].cart.hold_until == 1060.0 and news[0].total_text == "R$\xa0120,00"
    assert news[1].waitlist_position == 1 and news[1].cart.payment is PaymentState.WAITING

    clock.now = 1029.0
    assert desk.tick() == []
    clock.now = 1030.0  # half the hold
    reminder, = desk.tick()
    assert reminder.kind is CartEventKind.REMINDER and reminder.cart.buyer.id == "ana"
    clock.now = 1059.9
    assert desk.tick() == []  # reminded once, not released yet

    clock.now = 1060.0
    released, promoted = desk.tick()
    assert released.kind is CartEventKind.RELEASED and released.note == HOLD_ENDED
    assert released.item is not None and released.item.state == "cancelled" and released.item.sku == "BAG"
    assert released.cart.payment is PaymentState.CANCELLED
    assert promoted.kind is CartEventKind.PROMOTED and promoted.cart.buyer.id == "bia"
    assert promoted.cart.hold_until == 1120.0  # the promoted buyer gets a hold of their own from now
    assert promoted.cart.totals.grand == 12000 and stock(db, "BAG") == 0


def test_a_paid_cart_is_never_released(db):
    show = open_shop(db, hold_minutes="10")
    outcome = buy(db, show, "ana", "quero A1 x2", at=1000.0)
    cart = show_carts(db, show)[0]
    assert cart.id == outcome.cart_id
    pay_cart(db, cart.code, at=1100.0)
    assert run_holds(db, 1000.0 + 3600).released == 0
    assert show_carts(db, show)[0].payment is PaymentState.PAID and stock(db, "MUG") == 8


def test_no_hold_means_a_reservation_stays(db):
    show = open_shop(db)
    buy(db, show, "ana", "quero A1", at=1000.0)
    assert expire(db, 10**9) == 0 and show_carts(db, show)[0].payment is PaymentState.UNPAID


def test_1000_buy_comments_with_holds_expiring_underneath_never_oversell(db, tmp_path: Path):
    """Four chat connections buy while another releases expired holds on a clock running ahead:
    every unit is in stock, in a live order or was given back, never twice."""
    show = open_shop(db, hold_minutes="1")
    database = tmp_path / "vitrina.db"
    reader = BuyCommentReader([product for code in ("A1", "A2", "A3") if (product := find_by_code(db, code))])
    done = threading.Event()
    errors: list[BaseException] = []

    def buyers(worker: int) -> None:
        conn = open_database(database)
        chooser = random.Random(worker)
        try:
            for index in range(250):
                text = chooser.choice(["quero A1", "quero A1 x2", "quero A2 P", "quero A3", "quero A2 M"])
                comment = reader.read(text)
                assert comment is not None
                moment = 1000.0 + index  # each comment a second after the one before
                place_order(conn, show, Buyer("twitch", f"b{worker}-{index}", "x"), comment, text, at=moment)
        except BaseException as error:
            errors.append(error)
        finally:
            conn.conn.close()

    def keeper() -> None:
        conn = open_database(database)
        try:
            moment = 1000.0
            while not done.is_set():
                moment += 7.0
                run_holds(conn, moment)
        except BaseException as error:
            errors.append(error)
        finally:
            conn.conn.close()

    threads = [threading.Thread(target=buyers, args=(worker,)) for worker in range(4)]
    holds = threading.Thread(target=keeper)
    holds.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    done.set()
    holds.join(60)
    assert errors == []
    run_holds(db, 10**6)  # whatever is still held runs out too
    orders, waits, promoted = db.execute(
        "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM waitlist), "
        "(SELECT count(*) FROM waitlist WHERE order_id IS NOT NULL)").fetchone()
    assert orders - promoted + waits == 1000 and promoted > 0  # every comment an order or a place, once
    for sku, start in (("MUG", 10), ("TEE-P", 1), ("BAG", 1), ("TEE-M", 0)):
        variant = db.execute("SELECT id FROM variants WHERE sku = ?", (sku,)).fetchone()
        where = "variant_id = ?" if variant else "product_id = (SELECT id FROM products WHERE sku = ?) AND variant_id IS NULL"
        key = variant[0] if variant else sku
        live = db.execute(f"SELECT coalesce(sum(quantity), 0) FROM orders WHERE {where} AND state != 'cancelled'",
                          (key,)).fetchone()[0]
        assert stock(db, sku) >= 0
        assert stock(db, sku) + live == start, sku  # no unit sold twice, none lost
    released = db.execute("SELECT count(*) FROM cart_events WHERE kind = 'released'").fetchone()[0]
    cancelled = db.execute("SELECT count(*) FROM orders WHERE state = 'cancelled'").fetchone()[0]
    assert released == cancelled > 0
