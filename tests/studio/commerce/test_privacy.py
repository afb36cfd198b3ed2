from studio.catalog import Product, find_by_code, save_products
from studio.chat.message import ChatMessage
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.orders import Buyer, place_order
from studio.commerce.privacy import ANONYMOUS, forget_buyer
from studio.shows import start_show
from studio.storage import transaction


def test_forgetting_a_buyer_removes_their_words_and_keeps_anonymous_orders(db):
    save_products(db, [Product(sku="MUG", title="Mug", price=1000, currency="EUR", code="A1", stock=5)])
    show = start_show(db)
    reader = BuyCommentReader([find_by_code(db, "A1")])
    for who in ("Ana", "Bea"):
        place_order(db, show, Buyer("twitch", who.lower(), who), reader.read("sold A1"), "sold A1")
        message = ChatMessage("twitch", "#shop", who.lower(), who, "my address is 1 Main St", 0.0)
        with transaction(db):
            db.execute("INSERT INTO chat_messages (show_id, platform, channel, author_id, author_name, text, sent_at, kind) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'message')",
                       (show, message.platform, message.channel, message.author_id, message.author_name, message.text, 0.0))
    forgotten = forget_buyer(db, "ANA")
    assert (forgotten.messages, forgotten.orders) == (1, 1)
    assert [row[0] for row in db.execute("SELECT author_name FROM chat_messages")] == ["Bea"]
    orders = db.execute("SELECT buyer_name, buyer_id, unit_price, quantity FROM orders ORDER BY id").fetchall()
    assert orders[0][0] == ANONYMOUS and orders[0][1].startswith("forgotten-") and orders[0][2:] == (1000, 1)
    assert orders[1][:2] == ("Bea", "bea")
    assert not any("ana" in str(value).lower() for row in orders for value in row)
