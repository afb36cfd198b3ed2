"""A discount code or free shipping set while the show runs reaches the card and the ticker
within a tick or so, and leaves them when unset."""

from __future__ import annotations

import threading

import pytest

from media.clock import now
from studio.catalog import find_by_code, list_products
from studio.demo_catalog import ensure_demo_catalog
from studio.setting_store import save_settings
from studio.show_director import ShowDirector
from studio.show_overlays import CARD, TICKER, ShowOverlays
from studio.shows import pin_product, start_show
from studio.storage import open_database


def wait_for(condition, timeout: float = 30.0) -> bool:
    pause = threading.Event()
    for _ in range(int(timeout * 20)):
        if condition():
            return True
        pause.wait(0.05)
    return condition()


@pytest.fixture
def running(tmp_path, qapp):
    db = open_database(tmp_path / "vitrina.db")
    ensure_demo_catalog(db, tmp_path / "images")
    show = start_show(db)
    pin_product(db, show, find_by_code(db, "A1").id)
    overlays = ShowOverlays(640, 360, "en_US", list_products(db, status="active"))
    director = ShowDirector(tmp_path / "vitrina.db", show, overlays)
    director.tick_once()
    director.start()
    yield db, overlays
    director.stop()
    db.conn.close()


def offer_text(overlays: ShowOverlays) -> str | None:
    return overlays.card_view.offer_text if overlays.card_view is not None else None


def labels(overlays: ShowOverlays) -> list[str]:
    return [item.label() for item in overlays.ticker_items]


def test_a_code_set_mid_show_reaches_the_card_and_the_ticker_and_leaves_when_unset(running):
    db, overlays = running
    assert offer_text(overlays) is None and not any("Code" in label for label in labels(overlays))
    save_settings(db, {"discount_code": "LIVE10 10%"})
    assert wait_for(lambda: offer_text(overlays) == "Code LIVE10: 10% off"), offer_text(overlays)
    assert wait_for(lambda: labels(overlays)[0] == "Code LIVE10: 10% off"), labels(overlays)
    assert overlays.showing(CARD) and overlays.showing(TICKER)  # redrawn in place, still on stream
    assert len(overlays(now() + 1.0)) == 2
    save_settings(db, {"discount_code": ""})
    assert wait_for(lambda: offer_text(overlays) is None), offer_text(overlays)
    assert wait_for(lambda: not any("LIVE10" in label for label in labels(overlays))), labels(overlays)
    assert overlays.showing(CARD)


def test_free_shipping_set_mid_show_joins_the_ticker_with_its_amount(running):
    db, overlays = running
    save_settings(db, {"free_shipping_over": "150"})
    assert wait_for(lambda: "Free shipping over $150.00" in labels(overlays)), labels(overlays)
    assert offer_text(overlays) is None  # the card carries the code only
    save_settings(db, {"free_shipping_over": ""})
    assert wait_for(lambda: not any("Free shipping" in label for label in labels(overlays))), labels(overlays)


def test_a_code_set_before_the_show_is_on_the_first_frame(tmp_path, qapp):
    db = open_database(tmp_path / "vitrina.db")
    ensure_demo_catalog(db, tmp_path / "images")
    save_settings(db, {"discount_code": "LIVE5 5.00"})
    show = start_show(db)
    pin_product(db, show, find_by_code(db, "A1").id)
    overlays = ShowOverlays(640, 360, "pt_BR", list_products(db, status="active"))
    ShowDirector(tmp_path / "vitrina.db", show, overlays).tick_once()
    assert (offer_text(overlays) or "").replace("\u00a0", " ").startswith("Cupom LIVE5: ")
    assert "5,00 de desconto" in (offer_text(overlays) or "")
    db.conn.close()
