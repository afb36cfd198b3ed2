import csv

from studio.catalog import Product, find_by_code, save_products
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.orders import Buyer, change_state, place_order
from studio.commerce.reports import Sales, orders_csv, show_sales
from studio.shows import start_show


def test_a_buyer_name_is_never_a_spreadsheet_formula_and_cancelled_orders_earn_nothing(db):
    save_products(db, [Product(sku="MUG", title="=cmd|'/c calc'!A1", price=1000, currency="JPY", code="A1", stock=5)])
    show = start_show(db)
    reader = BuyCommentReader([find_by_code(db, "A1")])
    kept = place_order(db, show, Buyer("irc", "1", "=HYPERLINK(\"http://x\")"), reader.read("sold A1 x2"), "sold A1 x2")
    dropped = place_order(db, show, Buyer("irc", "2", "Bea"), reader.read("sold A1"), "sold A1")
    change_state(db, dropped.order_id, "cancelled")
    rows = list(csv.DictReader(orders_csv(db, show).splitlines()))
    assert rows[0]["buyer"].startswith("'=") and rows[0]["product"].startswith("'=")
    assert rows[0]["unit price"] == "1000" and rows[0]["total"] == "2000"  # JPY has no minor unit
    assert show_sales(db, show) == Sales(1, {"JPY": 2000})
    assert kept.kind == "reserved"
