"""Helpers for tests of the shop floor: a store with a show, a floor running against it, and
chat lines as the test IRC server sends them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from media.health import PartState
from studio.chat.shop_floor import ShopFloor
from studio.paths import resolve_paths
from studio.shows import start_show
from studio.store import open_store
from tests.studio.chat.test_irc import wait_for


def store_with_show(folder: Path) -> tuple[Database, int]:
    """The store (demo catalog and all) with a show started; the caller closes it."""
    db = open_store(resolve_paths(folder))
    return db, start_show(db)


@contextmanager
def running_floor(floor: ShopFloor, timeout: float = 30.0) -> Iterator[ShopFloor]:
    """The floor started and RUNNING (its desk has read the catalog, its connectors are made); stopped after."""
    floor.start()
    try:
        assert wait_for(lambda: floor.health.state is not PartState.STARTING, timeout), "the floor never started"
        assert floor.health.state is PartState.RUNNING, floor.status_line()
        yield floor
    finally:
        floor.stop()


def privmsg(number: int, text: str, channel: str = "#shop") -> str:
    """A viewer's line, Twitch-style, with its own message id m<number>."""
    return f"@id=m{number};user-id=u{number};display-name=Viewer{number} :v{number}!v@x PRIVMSG {channel} :{text}"
