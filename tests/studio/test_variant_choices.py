"""What a product's card offers to choose: the values in stock, the sold-out ones marked, and an
example that the buy-comment reader takes back to the very variant."""

from __future__ import annotations

import pytest

from studio.catalog import Product, Variant
from studio.commerce.buy_comments import BuyCommentReader
from studio.overlay_views import product_card_view
from studio.variant_choices import example_choice, option_choices


def tee(stock: dict[tuple[str, str], int | None]) -> Product:
    variants = tuple(Variant(f"T-{size}-{colour}", (size, colour, "Algodão"), 4900, stock=left)
                     for (size, colour), left in stock.items())
    return Product(sku="T", title="Camiseta", price=4900, currency="BRL", code="A12",
                   option_names=("Tamanho", "Cor", "Tecido"), variants=variants)


def shown(product: Product) -> list[list[tuple[str, bool]]]:
    return [[(choice.text, choice.in_stock) for choice in option] for option in option_choices(product)]


def test_values_in_catalog_order_and_one_sold_out_everywhere_is_marked():
    product = tee({("P", "Branco"): 0, ("M", "Branco"): 2, ("G", "Branco"): 0, ("P", "Preto"): 0,
                   ("M", "Preto"): 1, ("G", "Preto"): 0})
    assert shown(product) == [[("P", False), ("M", True), ("G", False)], [("Branco", True), ("Preto", True)]]
    # "Algodão" is every variant's: it chooses nothing, so the card leaves it out


def test_the_example_is_the_first_variant_in_stock_and_reads_back_to_it():
    product = tee({("P", "Branco"): 0, ("M", "Preto"): 3, ("G", "Branco"): 5})
    assert example_choice(product) == "M Preto"
    view = product_card_view(product, "pt_BR")
    assert view.comment_text == "Comente SOLD A12 M Preto"
    typed = view.comment_text.removeprefix("Comente ")  # what a viewer types, as the card says
    bought = BuyCommentReader([product]).read(typed)
    assert bought is not None and bought.orderable and bought.variant_sku == "T-M-Preto"


@pytest.mark.parametrize(("stock", "example"), [
    ({("P", "Branco"): 0, ("M", "Preto"): 0}, None),  # nothing left: no example to follow
    ({("P", "Branco"): None, ("M", "Preto"): 0}, "P Branco"),  # untracked stock never runs out
])
def test_an_example_only_while_something_is_left(stock, example):
    assert example_choice(tee(stock)) == example


def test_a_product_without_a_choice_shows_no_options_and_the_plain_keyword():
    single = Product(sku="M", title="Mug", price=2400, currency="USD", code="A2",
                     variants=(Variant("M-1", ("Default",), 2400, stock=3),))
    plain = Product(sku="N", title="Mug", price=2400, currency="USD", code="A3")
    for product in (single, plain):
        assert option_choices(product) == () and example_choice(product) is None
    assert product_card_view(single, "en_US").comment_text == "Comment SOLD A2"
