"""What a buyer is told about their cart after the comment: a reminder before the hold runs out,
the release when it does, and the waitlisted buyer who got the item, each with the cart's id,
total and how to pay, in the chat the buyer wrote in; read from the cart clerk's own news."""

from __future__ import annotations

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.cart_clerk import CartDesk
from studio.replies.cart_notices import notice_from_news
from studio.replies.notice import NoticeKind, ReplyRoute
from tests.studio.commerce.cart_shop import open_shop
from tests.studio.commerce.test_holds import Clock

PIX = {"hold_minutes": "1", "pix_key": "loja@example.com", "pix_name": "Loja", "pix_city": "Recife"}


def said(author: str, text: str, at: float) -> ChatMessage:
    return ChatMessage("twitch", "#loja", author, author.title(), text, at, message_id=f"{author}-{at}")


def test_a_hold_reminds_then_releases_and_the_next_in_line_is_told_the_item_is_theirs(db):
    show = open_shop(db, **PIX)
    desk = ChatDesk(db, show)
    assert desk.take(said("ana", "quero A3", 1000.0)).notice is not None
    assert desk.take(said("bia", "quero A3", 1005.0)).notice is not None  # sold out: the waitlist
    clock = Clock(1000.0)
    clerk = CartDesk(db, show, clock, from_start=True)
    assert [notice_from_news(news) for news in clerk.tick()] == [None, None]  # the desk told those
    clock.now = 1030.0
    (reminder,) = [notice_from_news(news) for news in clerk.tick()]
    ana_cart = db.execute("SELECT code FROM carts WHERE buyer_id = 'ana'").fetchone()[0]
    assert reminder is not None and reminder.kind is NoticeKind.REMINDER
    assert (reminder.buyer, reminder.route, reminder.cart_id) == ("Ana", ReplyRoute("twitch", "#loja"), ana_cart)
    assert reminder.hold_end == 1060.0 and reminder.total_text == "R$\xa0120,00"
    assert reminder.pay_text is not None and ana_cart in reminder.pay_text  # the Pix code carries the cart id
    clock.now = 1060.0
    released, promoted = [notice_from_news(news) for news in clerk.tick()]
    assert released is not None and (released.kind, released.buyer, released.product_code) == (
        NoticeKind.RELEASED, "Ana", "A3")
    bia_cart = db.execute("SELECT code FROM carts WHERE buyer_id = 'bia'").fetchone()[0]
    assert promoted is not None and (promoted.kind, promoted.buyer, promoted.cart_id) == (
        NoticeKind.RESERVED, "Bia", bia_cart)
    assert promoted.hold_end == 1120.0 and promoted.pay_text is not None and bia_cart in promoted.pay_text


def test_a_buyer_with_no_chat_to_answer_in_is_not_told(db):
    from tests.studio.commerce.cart_shop import buy  # an order typed in, not said in a chat

    show = open_shop(db, **PIX)
    buy(db, show, "ana", "quero A3", at=1000.0)
    clock = Clock(1030.0)
    clerk = CartDesk(db, show, clock, from_start=True)
    assert [notice_from_news(news) for news in clerk.tick()] == [None, None]  # reserved, and the reminder
