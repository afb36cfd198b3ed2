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
