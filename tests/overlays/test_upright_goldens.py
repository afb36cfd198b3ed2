"""A whole upright show's graphics, as the studio words them in English and in Brazilian
Portuguese, at 1080x1920 and 720x1280: compared with golden frames."""

from __future__ import annotations

import numpy as np
import pytest

from media.blend import blend_onto, prepare_overlay
from overlays.countdown import render_countdown
from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import render_giveaway
from overlays.poll import render_poll
from overlays.product_card import render_product_card
from overlays.ticker import PriceTicker
from resources import resource_path
from studio.catalog import Product, Variant
from studio.overlay_views import countdown_view, giveaway_view, poll_view, product_card_view, ticker_items
from tests.overlays.conftest import assert_matches_golden

SHOW = {
    "en_US": dict(title="Linen Summer Dress", currency="USD", sizes=("S", "M", "L"), colours=("White", "Black"),
                  question=("maria_k", "Does it come in olive? Is the linen see-through?"),
                  poll=("Which colour next?", ("Sand", "Olive", "Black")), prize="Silk scrunchie set", keyword="WIN"),
    "pt_BR": dict(title="Vestido de Linho", currency="BRL", sizes=("P", "M", "G"), colours=("Branco", "Preto"),
                  question=("joana.s", "Vem na cor oliva? O linho é transparente?"),
                  poll=("Qual cor na próxima live?", ("Areia", "Oliva", "Preto")), prize="Kit de xuxinhas de seda",
                  keyword="GANHE"),
}


def dress(locale: str) -> Product:
    words = SHOW[locale]
    stock = {("S", 0): 4, ("M", 0): 6, ("L", 0): 0, ("S", 1): 2, ("M", 1): 3, ("L", 1): 0}  # L is sold out in both
    variants = tuple(Variant(f"D-{size}-{index}", (words["sizes"][position], colour), 5900, stock=stock[(size, index)])
                     for index, colour in enumerate(words["colours"])
                     for position, size in enumerate(("S", "M", "L")))
    return Product(sku="DRESS", title=words["title"], price=5900, currency=words["currency"], code="A12",
                   compare_at_price=7900, option_names=("Size", "Colour"), variants=variants,
                   checkout_url="https://shop.example.com/products/dress-linen",
                   image=str(resource_path("demo", "images", "dress.png")))


def show_frame(locale: str, width: int, height: int) -> np.ndarray:
    words, product = SHOW[locale], dress(locale)
    question, options = words["poll"]
    overlays = [
        PriceTicker(ticker_items([product], locale), width, height).frame(0.0),
        render_product_card(product_card_view(product, locale, price=4900), width, height),  # the flash sale
        render_countdown(countdown_view(product, 4900, 125.0, locale), 0.0, width, height),
        render_giveaway(giveaway_view(words["prize"], words["keyword"], 128, locale), width, height),
        render_featured_question(FeaturedQuestionView(*words["question"]), width, height),
        render_poll(poll_view(question, options, (12, 30, 7)), width, height),
    ]
    frame = np.full((height, width, 3), (70, 80, 95), np.uint8)  # a dim room behind the presenter
    for overlay in overlays:
        blend_onto(frame, prepare_overlay(overlay.pixels, overlay.x, overlay.y))
    return frame


@pytest.mark.parametrize("locale", list(SHOW))
@pytest.mark.parametrize(("width", "height"), [(1080, 1920), (720, 1280)])
def test_an_upright_show_looks_as_designed(locale, width, height):
    assert_matches_golden(f"upright_{width}x{height}_{locale}", show_frame(locale, width, height))


def test_the_card_says_what_to_type_with_a_variant_in_stock():
    view = product_card_view(dress("pt_BR"), "pt_BR")
    assert view.comment_text == "Comente SOLD A12 P Branco"
    assert [[(choice.text, choice.in_stock) for choice in option] for option in view.options] == [
        [("P", True), ("M", True), ("G", False)], [("Branco", True), ("Preto", True)]]
