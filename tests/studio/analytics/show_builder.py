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
