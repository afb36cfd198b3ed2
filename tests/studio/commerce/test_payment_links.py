from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import show_carts
from studio.commerce.payment_links import LinkError, check_template, checkout_link, paypal_me_link
from studio.commerce.payment_options import payment_options
from tests.studio.commerce.cart_shop import buy, open_shop


def test_paypal_me_links_carry_the_amount_and_currency():
    assert paypal_me_link("LojaVitrina", 16173, "BRL") == "https://paypal.me/LojaVitrina/161.73BRL"
    assert paypal_me_link("paypal.me/Shop", 1500, "JPY") == "https://paypal.me/Shop/1500JPY"
    with pytest.raises(LinkError, match="paypal_me 'a b'"):
        paypal_me_link("a b", 100, "USD")


def test_a_shopify_cart_permalink_from_the_template():
    link = checkout_link("https://shop.example/cart/{items}?ref={cart}&total={total}", "7KX4P", 17970, "BRL",
                         [("TEE-P", 1), ("MUG 2/x", 2)])
    assert link == "https://shop.example/cart/TEE-P:1,MUG%202%2Fx:2?ref=7KX4P&total=179.70"
    with pytest.raises(LinkError, match=r"\{sku\} is not one of"):
        check_template("https://shop.example/{sku}")
    with pytest.raises(LinkError, match="must start with https://"):
        check_template("javascript:alert(1)")


def test_a_carts_payment_options_follow_the_settings(db):
    show = open_shop(db, paypal_me="Loja", checkout_url_template="https://loja.example/cart/{items}?c={cart}",
                     pix_key="loja@example.com", pix_name="Loja", pix_city="Recife", discount_code="LIVE10 10%")
    buy(db, show, "ana", "quero A1 x2")
    cart = show_carts(db, show)[0]
    options = payment_options(load_cart_settings(db), cart)
    assert options.paypal_url == "https://paypal.me/Loja/89.82BRL"  # 99.80 less 10%
    assert options.checkout_url == f"https://loja.example/cart/MUG:2?c={cart.code}"
    assert options.pix_code is not None and f"0505{cart.code}" in options.pix_code
    assert urlsplit(options.links[0]).hostname == "loja.example" and options.provider_url is None
