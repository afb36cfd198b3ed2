from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.studio.analytics.show_builder import ShowBuilder, pay, shop


@pytest.fixture
def sold(db: Database) -> ShowBuilder:
    """Two shows: in the first ana bought a mug; the second is the one reported on:

    0:10 bia says hello, 0:20 ana buys a mug (a returning buyer), 0:40 carl asks a question;
    0:30 A12 is pinned, for 3 min 12 s (until 3:42); 1:05 bia buys two mugs and pays;
    1:30 dan buys the last shirt; 2:10 eve wants a shirt and waits; 5:00 B7 is pinned until the end, 6:30.
    """
    shop(db)
    earlier = ShowBuilder(db, start=ShowBuilder(db).start - 86_400).open("earlier")
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
