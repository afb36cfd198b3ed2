from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.commerce.cart_codes import ALPHABET, is_cart_code, new_cart_code, normalise_cart_code
from studio.commerce.cart_terms import DiscountKind, TermsError, amount_minor, parse_discount, totals


def test_cart_codes_have_no_letters_that_pass_for_others():
    codes = {new_cart_code() for _ in range(2000)}
    assert all(len(code) == 5 and is_cart_code(code) for code in codes)
    assert not set("".join(codes)) & set("0O1IL")
    assert set(ALPHABET) == set("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    assert normalise_cart_code(" #7kx-4p ") == "7KX4P" and is_cart_code("#7kx-4p")
    assert not is_cart_code("7KX40")  # a zero is never in an id


def test_a_percent_discount_rounds_half_up_and_a_fixed_one_never_goes_below_zero():
    live10 = parse_discount("live10 10%")
    assert live10 is not None and (live10.code, live10.kind, live10.text) == ("LIVE10", DiscountKind.PERCENT, "LIVE10 10%")
    assert live10.off(12345, "BRL") == 1235  # 1234.5 rounds up
    live5 = parse_discount("LIVE5 5,00")
    assert live5 is not None and live5.kind is DiscountKind.FIXED and live5.off(12345, "BRL") == 500
    assert live5.off(300, "BRL") == 300
    assert parse_discount("  ") is None


@pytest.mark.parametrize(("text", "says"), [
    ("LIVE10", "write a code and an amount"), ("LIVE 150%", "at most 100"), ("LIVE 0", "more than 0"),
    ("LIVE10 -5", "write a code and an amount"), ("=cmd() 5", "write a code"),
])
def test_a_discount_that_cannot_be_read_says_why(text, says):
    with pytest.raises(TermsError, match=says) as caught:
        parse_discount(text)
    assert "discount_code" in str(caught.value)


def test_totals_with_discount_flat_shipping_and_free_shipping_over_a_threshold():
    live10 = parse_discount("LIVE10 10%")
    below = totals(10000, "BRL", live10, 1590, 15000)
    assert (below.items, below.discount, below.shipping, below.grand) == (10000, 1000, 1590, 10590)
    # the threshold counts the items after the discount: 16000 - 1600 = 14400 is below 150.00
    assert totals(16000, "BRL", live10, 1590, 15000).shipping == 1590
    free = totals(17000, "BRL", live10, 1590, 15000)
    assert (free.discount, free.shipping, free.grand) == (1700, 0, 15300)
    assert totals(0, "BRL", live10, 1590, None).grand == 0  # an empty cart ships nothing


def test_amounts_are_read_in_each_carts_currency():
    assert amount_minor("15.9", "BRL") == 1590
    assert amount_minor("1500", "JPY") == 1500 and amount_minor("5.5", "JPY") == 6
    assert amount_minor("1,250", "KWD") == 1250


@given(items=st.integers(0, 10**9), percent=st.integers(1, 100), fixed=st.integers(1, 10**7),
       fee=st.integers(0, 10**5), over=st.none() | st.integers(0, 10**9))
def test_totals_never_go_below_zero_nor_take_off_more_than_the_items(items, percent, fixed, fee, over):
    for discount in (parse_discount(f"P {percent}%"), parse_discount(f"F {fixed / 100:.2f}")):
        made = totals(items, "BRL", discount, fee, over)
        assert 0 <= made.discount <= items and made.shipping in (0, fee) and made.grand >= 0
        assert made.grand == items - made.discount + made.shipping
