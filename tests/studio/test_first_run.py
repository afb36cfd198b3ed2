"""The first-run answers as the store keeps them, and the demo catalog in the shop's currency."""

from __future__ import annotations

import pytest

from studio.catalog import find_by_code, list_products
from studio.demo_catalog import price_demo_catalog
from studio.destinations import DestinationError, list_destinations
from studio.first_run import (
    CAMERA_SOURCE,
    Canvas,
    FirstDestination,
    FirstRunChoices,
    FirstRunError,
    apply_first_run,
    needs_first_run,
    skip_first_run,
    stored_camera,
)
from studio.paths import Paths
from studio.setting_sections.video import CANVAS
from studio.settings import get_setting, set_setting, store_currency
from studio.shows import start_show
from studio.store import open_store, store_session

CHOICES = FirstRunChoices("es", "eur", "es-ES", Canvas.VERTICAL, "testpattern", "tone", None)


def test_a_new_data_folder_needs_it_until_it_ran_or_was_skipped(tmp_path):
    paths = Paths(tmp_path / "a")
    with store_session(paths) as db:
        assert needs_first_run(db)
    skip_first_run(paths)
    with store_session(paths) as db:
        assert not needs_first_run(db)
        assert store_currency(db) is None  # skipping keeps no answer


def test_a_folder_that_has_run_shows_does_not_need_it(tmp_path):
    with store_session(Paths(tmp_path)) as db:
        start_show(db)
        assert not needs_first_run(db)


def test_the_answers_are_kept_checked(tmp_path):
    paths = Paths(tmp_path)
    assert apply_first_run(paths, CHOICES) is None
    with store_session(paths) as db:
        assert store_currency(db) == "EUR" and get_setting(db, "locale", "") == "es_ES"
        assert get_setting(db, CANVAS, "") == "720x1280"
        assert {product.currency for product in list_products(db)} == {"EUR"}


@pytest.mark.parametrize(("currency", "locale", "message"), [
    ("EURO", "es_ES", "currency: 'EURO' is not an ISO 4217 currency code"),
    ("EUR", "xx_QQ", "money format: 'xx_QQ' is not a known locale"),
])
def test_a_bad_answer_names_its_field_and_keeps_nothing(tmp_path, currency, locale, message):
    paths = Paths(tmp_path)
    with pytest.raises(FirstRunError, match=message):
        apply_first_run(paths, FirstRunChoices("en", currency, locale, Canvas.LANDSCAPE, "testpattern", "tone", None))
    with store_session(paths) as db:
        assert store_currency(db) is None and needs_first_run(db)


def test_a_destination_that_cannot_be_saved_keeps_no_other_answer_either(tmp_path, memory_keyring):
    paths = Paths(tmp_path)
    bad = FirstDestination("Shop", "rtmp://host.example", "k")  # no application in the address
    with pytest.raises(DestinationError, match="name the server's application"):
        apply_first_run(paths, FirstRunChoices("en", "EUR", "en_IE", Canvas.LANDSCAPE, "testpattern", "tone", bad))
    with store_session(paths) as db:
        assert store_currency(db) is None and list_destinations(db) == []
    assert memory_keyring.entries == {}
    assert "k" not in repr(bad).replace("key=****", "")  # the key never in a repr


def test_the_demo_is_repriced_by_round_figures_and_decimal_places(tmp_path):
    db = open_store(Paths(tmp_path))
    try:
        assert price_demo_catalog(db, "JPY") == len(list_products(db))
        mug = find_by_code(db, "A2")  # $24.00
        assert mug is not None and (mug.price, mug.currency) == (3600, "JPY")  # ¥3,600: no decimals
        dress = find_by_code(db, "A1")  # $59.00, was $79.00, in sizes
        assert dress is not None and dress.compare_at_price == 11850 and {v.price for v in dress.variants} == {8850}
        price_demo_catalog(db, "KWD")  # 3 decimals; from JPY back through the round figures
        mug = find_by_code(db, "A2")
        assert mug is not None and (mug.price, mug.currency) == (24000, "KWD")
        assert price_demo_catalog(db, "KWD") == 0
    finally:
        db.conn.close()


def test_a_new_store_in_a_chosen_currency_seeds_the_demo_in_it(tmp_path):
    paths = Paths(tmp_path)
    db = open_store(paths, seed_demo=False)
    set_setting(db, "currency", "BRL")
    db.conn.close()
    db = open_store(paths)
    try:
        assert {product.currency for product in list_products(db)} == {"BRL"}
    finally:
        db.conn.close()


def test_the_chosen_camera_or_the_one_found_when_it_is_gone(tmp_path):
    with store_session(Paths(tmp_path)) as db:
        assert stored_camera(db, "testpattern") == "testpattern"
        set_setting(db, CAMERA_SOURCE, f"camera:{tmp_path / 'video9'}")
        assert stored_camera(db, "testpattern") == "testpattern"  # unplugged since
        (tmp_path / "video9").touch()
        assert stored_camera(db, "testpattern") == f"camera:{tmp_path / 'video9'}"


def test_a_vertical_canvas_from_the_settings_stays_when_the_assistant_says_vertical(tmp_path):
    paths = Paths(tmp_path)
    with store_session(paths) as db:
        set_setting(db, CANVAS, "1080x1920")
    apply_first_run(paths, CHOICES)  # vertical
    with store_session(paths) as db:
        assert get_setting(db, CANVAS, "") == "1080x1920"
    apply_first_run(paths, FirstRunChoices("en", "EUR", "en_IE", Canvas.LANDSCAPE, "testpattern", "tone", None))
    with store_session(paths) as db:
        assert get_setting(db, CANVAS, "") == "1280x720"
