import asyncio

from studio.chat.rehearsal import RehearsalAudience
from studio.commerce.buy_comments import BuyCommentReader
from studio.commerce.questions import is_question
from studio.demo_catalog import demo_products


def test_the_rehearsal_audience_chats_asks_and_buys_against_the_real_catalog(tmp_path):
    products = demo_products(tmp_path)
    audience = RehearsalAudience(products, lambda message: None, seed=3)
    messages = [audience.message() for _ in range(300)]
    reader = BuyCommentReader(products)
    buys = [reader.read(message.text) for message in messages]
    orderable = [comment for comment in buys if comment is not None and comment.orderable]
    assert len(orderable) > 60
    assert {comment.product.code for comment in orderable} >= {"A1", "A2", "A3"}
    assert any(comment.variant_sku for comment in orderable)  # sizes and colours of the real variants
    assert sum(is_question(message.text) for message in messages) > 40
    assert len({message.author_name for message in messages}) > 10


def test_it_chats_at_the_chosen_rate(tmp_path):
    received = []
    audience = RehearsalAudience(demo_products(tmp_path), received.append, per_second=50, seed=1)

    async def rehearse() -> None:
        stop = asyncio.Event()
        task = asyncio.ensure_future(audience.run(stop))
        await asyncio.sleep(1.0)
        stop.set()
        await task

    asyncio.run(rehearse())
    assert 25 <= len(received) <= 90


def test_the_audience_votes_and_enters_while_a_poll_and_a_giveaway_are_open(tmp_path):
    from studio.chat.rehearsal import Cues

    products = demo_products(tmp_path)
    quiet = RehearsalAudience(products, lambda message: None, seed=5)
    cued = RehearsalAudience(products, lambda message: None, seed=5, prompter=lambda: Cues(3, "win"))
    plain = [quiet.message().text for _ in range(400)]
    joined = [cued.message().text for _ in range(400)]
    assert not any(text in ("1", "2", "3", "WIN") for text in plain)
    votes, entries = sum(text in ("1", "2", "3") for text in joined), joined.count("WIN")
    assert 20 < votes < 80 and 20 < entries < 80
    assert {"1", "2", "3"} <= set(joined)


def test_a_rehearsal_show_fills_the_open_poll_and_giveaway(tmp_path):
    import time as clock

    from studio.chat.shop_floor import ShopFloor
    from studio.commerce.giveaways import draw, start_giveaway
    from studio.commerce.polls import results, start_poll
    from studio.paths import resolve_paths
    from studio.shows import start_show
    from studio.store import open_store

    db = open_store(resolve_paths(tmp_path))
    show = start_show(db)
    poll = start_poll(db, show, "Next colour?", ["Sand", "Olive"], minutes=1)
    giveaway = start_giveaway(db, show, "win", minutes=1)
    floor = ShopFloor(tmp_path / "vitrina.db", show, ["rehearsal:200"])
    floor.start()
    clock.sleep(2.5)
    floor.stop()
    assert sum(results(db, poll).votes) >= 5
    assert draw(db, giveaway).entries >= 5
    db.conn.close()
