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


def test_votes_entries_and_a_won_giveaway_are_anonymised_and_the_draw_still_checks_out(db):
    from studio.commerce.giveaways import draw, enter, start_giveaway
    from studio.commerce.polls import results, start_poll, vote

    show = start_show(db)
    poll = start_poll(db, show, "Colour?", ["Sand", "Olive"], minutes=5, at=0.0)
    giveaway = start_giveaway(db, show, "win", minutes=5, at=0.0)
    for index, name in enumerate(("Жанна", "Bea", "Cid")):
        said = ChatMessage("twitch", "#shop", f"id{index}", name, "2", 1.0)
        vote(db, poll, said)
        enter(db, giveaway, ChatMessage("twitch", "#shop", f"id{index}", name, "win", 1.0))
    winner = draw(db, giveaway)
    forgotten = forget_buyer(db, "жАННА")  # any case, any script
    assert forgotten.votes_and_entries == 2
    assert results(db, poll).votes == (0, 3)
    names = [row[0] for row in db.execute("SELECT entrant_name FROM giveaway_entries ORDER BY id")]
    assert names == [ANONYMOUS, "Bea", "Cid"]
    assert not db.execute("SELECT 1 FROM poll_votes WHERE voter_id = 'id0'").fetchall()
    replay = draw(db, giveaway, seed=winner.seed)
    recorded = db.execute("SELECT winner_id, winner_name FROM giveaways").fetchone()
    assert replay.winner_id == recorded[0] and "Жанна" not in recorded
