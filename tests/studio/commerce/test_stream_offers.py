"""The show's offers as the stream reads them from the shop's settings."""

from __future__ import annotations

from studio.commerce.cart_terms import Discount, DiscountKind
from studio.commerce.stream_offers import NO_OFFERS, StreamOffers, read_stream_offers
from studio.setting_store import save_settings
from studio.settings import set_setting
from studio.storage import open_database


def test_unset_settings_offer_nothing(tmp_path):
    db = open_database(tmp_path / "vitrina.db")
    assert read_stream_offers(db) == NO_OFFERS and not read_stream_offers(db)


def test_the_code_and_the_threshold_are_read_as_saved(tmp_path):
    db = open_database(tmp_path / "vitrina.db")
    save_settings(db, {"discount_code": "live10 10%", "free_shipping_over": "150"})
    assert read_stream_offers(db) == StreamOffers(Discount("LIVE10", DiscountKind.PERCENT, "10"), "150")
    save_settings(db, {"discount_code": "", "free_shipping_over": ""})
    assert read_stream_offers(db) == NO_OFFERS


def test_a_value_stored_before_its_check_existed_counts_as_unset(tmp_path):
    db = open_database(tmp_path / "vitrina.db")
    set_setting(db, "discount_code", "half price for friends")
    set_setting(db, "free_shipping_over", "a lot")
    assert read_stream_offers(db) == NO_OFFERS
