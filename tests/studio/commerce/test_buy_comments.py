from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.commerce.buy_comments import BuyCommentReader
from studio.demo_catalog import demo_products


@pytest.fixture(scope="module")
def reader(tmp_path_factory) -> BuyCommentReader:
    return BuyCommentReader(demo_products(Path(tmp_path_factory.mktemp("images"))))


@pytest.mark.parametrize(
    ("text", "code", "variant", "quantity"),
    [
        ("SOLD A2", "A2", None, 1),
        ("sold a9 M x2", "A9", "CARDIGAN-KNIT-M", 2),
        ("comprar A2", "A2", None, 1),
        ("compro A1 sand s", "A1", "DRESS-LINEN-S-SAND", 1),
        ("quero A9 l", "A9", "CARDIGAN-KNIT-L", 1),
        ("je prends A4", "A4", None, 1),
        ("Je prends a4 x3", "A4", None, 3),
        ("беру A4", "A4", None, 1),
        ("куплю A4 2 шт", "A4", None, 2),
        ("sold a3 40 x2", "A3", "SNEAKER-CANVAS-40", 2),  # 40 is a size here, x2 the quantity
        ("SOLD A1 OLIVE M", "A1", "DRESS-LINEN-M-OLIVE", 1),
        ("lo quiero A9 s!!", "A9", "CARDIGAN-KNIT-S", 1),
        ("J'achète A2", "A2", None, 1),
    ],
)
def test_buy_comments_in_five_languages(reader, text, code, variant, quantity):
    comment = reader.read(text)
    assert comment is not None and comment.orderable, comment
    assert (comment.product.code, comment.variant_sku, comment.quantity) == (code, variant, quantity)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sold A99", "no product has the code A99"),
        ("SOLD A1", "which Size / Colour?"),
        ("sold a1 olive", "which Size / Colour? S / Olive, M / Olive, L / Olive"),
        ("quero A9 P", "which Size? ('p' is not one of A9's)"),
        ("sold A2 x500", "a quantity must be 1 to 99"),
        ("sold please", "no product code"),
    ],
)
def test_what_cannot_be_ordered_is_flagged_with_the_reason(reader, text, problem):
    comment = reader.read(text)
    assert comment is not None and not comment.orderable and comment.problem == problem


@pytest.mark.parametrize("text", ["how much is A1?", "love this dress", "", "A1", "¿cuánto cuesta A1?"])
def test_other_messages_are_not_buy_comments(reader, text):
    assert reader.read(text) is None


def test_keywords_are_configurable(tmp_path):
    reader = BuyCommentReader(demo_products(tmp_path), {"de": ("ich nehme",)})
    assert reader.read("Ich nehme A2").product.code == "A2"
    assert reader.read("sold A2") is None


@given(st.text(max_size=300))
def test_any_text_reads_without_an_exception(reader, text):
    comment = reader.read(text)
    assert comment is None or 1 <= comment.quantity <= 99


SIZES = (("P", "azul"), ("M", "azul"))
COLOURS = (("azul",), ("verde",))


@pytest.mark.parametrize(
    ("text", "options", "variant", "quantity"),
    [
        ("SOLD A12", (), None, 1),
        ("sold a12 M x2", SIZES, "M azul", 2),
        ("comprar A12", (), None, 1),
        ("compro A12 azul", COLOURS, "azul", 1),
        ("quero A12 P", SIZES, "P azul", 1),
        ("je prends A12", (), None, 1),
        ("беру A12", (), None, 1),
        ("куплю A12 2 шт", (), None, 2),
    ],
)
def test_the_issues_own_phrases_against_a_product_coded_a12(text, options, variant, quantity):
    """The phrases the commerce issue names, word for word, each against an A12 with the
    options it names (none, sizes P and M, or colours azul and verde)."""
    from studio.catalog import Product, Variant

    variants = tuple(Variant(" ".join(values), values, 4990) for values in options)
    a12 = Product(sku="SHIRT", title="Camisa", price=4990, currency="BRL", code="A12", variants=variants,
                  option_names=("Tamanho", "Cor")[: len(options[0])] if options else ())
    comment = BuyCommentReader([a12]).read(text)
    assert comment is not None and comment.orderable, (text, comment)
    assert (comment.product.code, comment.variant_sku, comment.quantity) == ("A12", variant, quantity)


def test_a_product_with_one_variant_needs_none_named_but_a_wrong_size_is_still_flagged():
    from studio.catalog import Product, Variant

    only = Product(sku="CAP", title="Cap", price=1500, currency="EUR", code="A12", option_names=("Size",),
                   variants=(Variant("CAP-ONE", ("One size",), 1500),))
    reader = BuyCommentReader([only])
    assert reader.read("SOLD A12").variant_sku == "CAP-ONE" and reader.read("sold A12 x2").quantity == 2
    assert reader.read("sold A12 XL").problem == "which Size? ('xl' is not one of A12's)"
