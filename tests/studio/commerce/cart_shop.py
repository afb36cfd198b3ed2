"""A shop in a real SQLite file for the cart tests: products in BRL, a show, and buy comments."""

from __future__ import annotations

from sqlite_utils import Database

from studio.catalog import Product, Variant, find_by_code, save_products
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.orders import Buyer, Outcome, place_order
from studio.settings import set_setting
from studio.shows import start_show

PRODUCTS = [
    Product(sku="MUG", title="Caneca", price=4990, currency="BRL", code="A1", stock=10),
    Product(sku="TEE", title="Camiseta", price=7990, currency="BRL", code="A2", option_names=("Size",),
            variants=(Variant("TEE-P", ("P",), 7990, stock=1), Variant("TEE-M", ("M",), 8990, stock=0))),
    Product(sku="BAG", title="Bolsa", price=12000, currency="BRL", code="A3", stock=1),
]


def open_shop(db: Database, **settings: str) -> int:
    save_products(db, PRODUCTS)
    set_setting(db, "currency", "BRL")
    set_setting(db, "locale", "pt_BR")
    for name, value in settings.items():
        set_setting(db, name, value)
    return start_show(db, "live", at=900.0)


def buy(db: Database, show: int, buyer: str, text: str, at: float = 1000.0) -> Outcome:
    reader = BuyCommentReader([product for code in ("A1", "A2", "A3") if (product := find_by_code(db, code))])
    comment = reader.read(text)
    assert comment is not None and comment.orderable, text
    return place_order(db, show, Buyer("twitch", buyer, buyer.title()), comment, text, at=at)


def stock(db: Database, sku: str) -> int:
    row = db.execute("SELECT stock FROM products WHERE sku = ? UNION ALL SELECT stock FROM variants WHERE sku = ?",
                     (sku, sku)).fetchone()
    return int(row[0])
