"""A show built in a test store the way a real one fills up: chat through the chat desk (which
places orders and waitlist places), pins through the pin writer, order states changed by hand."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.catalog import Product, find_by_code, save_products
from studio.chat.desk import ChatDesk, Taken
from studio.chat.message import ChatMessage
from studio.commerce.orders import change_state
from studio.settings import LOCALE, set_setting
from studio.shows import end_show, pin_product, start_show

T0 = 1_750_000_000.0  # the show's start, a whole minute


@dataclass
class ShowBuilder:
    db: Database
    start: float = T0
    show_id: int = 0
    desk: ChatDesk | None = None
    taken: list[Taken] = field(default_factory=list)

    def open(self, title: str = "") -> ShowBuilder:
        self.show_id = start_show(self.db, title, at=self.start)
        self.desk = ChatDesk(self.db, self.show_id)
        return self

    def say(self, seconds: float, author: str, text: str, platform: str = "twitch") -> Taken:
        assert self.desk is not None
        taken = self.desk.take(ChatMessage(platform, "#shop", author, author.title(), text, self.start + seconds))
        self.taken.append(taken)
        return taken

    def pin(self, seconds: float, code: str | None) -> None:
        product = find_by_code(self.db, code) if code else None
        pin_product(self.db, self.show_id, product.id if product else None, at=self.start + seconds)

    def end(self, seconds: float) -> None:
        end_show(self.db, self.show_id, at=self.start + seconds)


def shop(db: Database, locale: str = "pt_BR") -> None:
    """A12 a mug at R$ 59,90 with plenty; B7 a shirt at R$ 25,00 with one left."""
    save_products(db, [Product(sku="MUG", title="Caneca", price=5990, currency="BRL", code="A12", stock=100),
                       Product(sku="TEE", title="Camiseta <b>", price=2500, currency="BRL", code="B7", stock=1)])
    set_setting(db, LOCALE, locale)


def pay(db: Database, order_id: int) -> None:
    change_state(db, order_id, "confirmed")
    change_state(db, order_id, "paid")


def sold_show(db: Database) -> ShowBuilder:
    """Two shows: in the first ana bought a mug; the second is the one reported on:

    0:10 bia says hello, 0:20 ana buys a mug (a returning buyer), 0:40 carl asks a question;
    0:30 A12 is pinned, for 3 min 12 s (until 3:42); 1:05 bia buys two mugs and pays;
    1:30 dan buys the last shirt; 2:10 eve wants a shirt and waits; 5:00 B7 is pinned until the end, 6:30.
    """
    shop(db)
    earlier = ShowBuilder(db, start=T0 - 86_400).open("earlier")
    earlier.say(60, "ana", "quero A12")
    earlier.end(600)
    show = ShowBuilder(db).open("domingo")
    show.say(10, "bia", "oi gente")
    show.say(20, "ana", "quero A12")
    show.pin(30, "A12")
    show.say(40, "carl", "qual o frete?")
    paid = show.say(65, "bia", "quero A12 x2")
    assert paid.order_id is not None
    pay(db, paid.order_id)
    show.say(90, "dan", "quero B7")
    show.say(130, "eve", "quero B7")
    show.pin(30 + 192, None)
    show.pin(300, "B7")
    show.end(390)
    return show
