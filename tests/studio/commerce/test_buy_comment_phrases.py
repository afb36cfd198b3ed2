"""Option values of several words in buy comments: "Navy Blue", "6 cm", "Tamanho Único", "42 EU"."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from studio.catalog import Product, Variant
from studio.commerce.buy_comments import BuyCommentReader, fold, variant_named

COLOURS = {"Colour": ("Blue", "Navy Blue", "Azul marino")}
SIZES_CM = {"Size": ("6 cm", "10 cm", "16 cm")}
CLOTHES = {"Size": ("Large", "Extra Large", "Tamanho Único"), "Colour": ("Blue", "Navy Blue")}
SHOES = {"Size": ("41 EU", "42 EU")}


def a12(options: dict[str, tuple[str, ...]]) -> Product:
    """An A12 with a variant for every combination of the options' values, its SKU their titles joined."""
    variants = tuple(Variant(" / ".join(values), values, 4990) for values in itertools.product(*options.values()))
    return Product(sku="A12", title="Lenço", price=4990, currency="BRL", code="A12",
                   option_names=tuple(options), variants=variants)


@pytest.mark.parametrize(
    ("text", "options", "variant", "quantity"),
    [
        ("SOLD A12 navy blue x2", COLOURS, "Navy Blue", 2),
        ("SOLD 2 A12 navy blue", COLOURS, "Navy Blue", 2),
        ("sold A12 blue", COLOURS, "Blue", 1),
        ("compro A12 Azul Marino", COLOURS, "Azul marino", 1),
        ("sold A12 6 cm x3", SIZES_CM, "6 cm", 3),
        ("sold A12 6cm 2", SIZES_CM, "6 cm", 2),
        ("sold A12 16 cm", SIZES_CM, "16 cm", 1),
        ("sold A12 extra large navy blue", CLOTHES, "Extra Large / Navy Blue", 1),
        ("SOLD A12 NAVY BLUE LARGE 3", CLOTHES, "Large / Navy Blue", 3),
        ("quero A12 tamanho unico blue x2", CLOTHES, "Tamanho Único / Blue", 2),
        ("sold A12 42 EU", SHOES, "42 EU", 1),
        ("sold A12 42eu x2", SHOES, "42 EU", 2),
        ("sold A12 2 42 eu", SHOES, "42 EU", 2),
        ("ＳＯＬＤ Ａ１２ ＮＡＶＹ ＢＬＵＥ", COLOURS, "Navy Blue", 1),
    ],
)
def test_option_values_of_several_words_are_read_as_one(text, options, variant, quantity):
    comment = BuyCommentReader([a12(options)]).read(text)
    assert comment is not None and comment.orderable, (text, comment)
    assert (comment.variant_sku, comment.quantity) == (variant, quantity)


@pytest.mark.parametrize(
    ("text", "options", "problem"),
    [
        ("sold A12 navy", COLOURS, "which Colour? ('navy' is not one of A12's)"),
        ("sold A12 navy blue", CLOTHES,
         "which Size / Colour? Large / Navy Blue, Extra Large / Navy Blue, Tamanho Único / Navy Blue"),
        ("sold A12 7 cm", SIZES_CM, "which Size? ('cm' is not one of A12's)"),
        ("sold A12 navy blue 6 cm 10 cm", {**COLOURS, **SIZES_CM}, "A12 has no 10 CM 6 CM NAVY BLUE"),
    ],
)
def test_a_value_half_named_or_not_sold_is_flagged(text, options, problem):
    comment = BuyCommentReader([a12(options)]).read(text)
    assert comment is not None and comment.problem == problem


def test_restocking_by_the_command_line_names_values_of_several_words():
    product = a12(CLOTHES)
    assert variant_named(product, ["Navy Blue", "extra", "large"]) == ("Extra Large / Navy Blue", None)
    assert variant_named(product, ["tamanho", "único", "blue"]) == ("Tamanho Único / Blue", None)


# -- any values: words of letters, digits and a few scripts, shared between values

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "áéñçüß" + "абвгдёжз" + "αβγδ" + "東京青赤"
WORDS = st.one_of(
    st.text(LETTERS, min_size=1, max_size=4),
    st.integers(0, 999).map(str),
    st.builds("{}{}".format, st.integers(0, 99), st.text(LETTERS, min_size=1, max_size=2)),  # "6cm", "42eu"
)
QUANTITY_SPELLINGS = ("{}", "x{}", "{}x", "×{}", "{} pcs", "{} шт")
CASES = (str.lower, str.upper, str.title, str.swapcase, lambda text: "".join(
    chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text))  # fullwidth


def pieces(text: str) -> tuple[str, ...]:
    """What a reader cannot tell apart: case, accents, width, and spaces where digits meet letters."""
    return tuple(re.findall(r"\d+|[^\d ]+", fold(text)))


@st.composite
def products(draw: st.DrawFn) -> Product:
    pool = draw(st.lists(WORDS, min_size=2, max_size=6, unique_by=fold))
    value = st.lists(st.sampled_from(pool), min_size=1, max_size=3).map(" ".join)
    option_count = draw(st.integers(1, 3))
    values = draw(st.lists(value, min_size=option_count, max_size=option_count * 4, unique_by=pieces))
    return a12({f"Option {n}": tuple(values[n::option_count]) for n in range(option_count)})


@st.composite
def spelled(draw: st.DrawFn, value: str) -> str:
    """The value in any case, its digits joined to the letters beside them or not: '6 cm', '6CM'."""
    parts = re.findall(r"\d+|[^\d ]+", value)
    text = parts[0]
    for left, right in itertools.pairwise(parts):
        joinable = left[-1].isdigit() != right[0].isdigit()
        text += draw(st.sampled_from(("", " "))) if joinable else " "
        text += right
    return draw(st.sampled_from(CASES))(text)


@settings(max_examples=300)
@given(st.data(), products())
def test_any_variant_named_by_its_values_in_any_order_is_read_with_its_quantity(data, product):
    variant = data.draw(st.sampled_from(product.variants))
    values = data.draw(st.permutations([data.draw(spelled(value)) for value in variant.option_values]))
    quantity = data.draw(st.none() | st.integers(1, 99))
    segments: list[str | None] = [None, *values]  # None: where the code goes
    quantity_at = None
    if quantity is not None:
        spelling = data.draw(st.sampled_from(QUANTITY_SPELLINGS)).format(quantity)
        quantity_at = data.draw(st.integers(0, len(segments)))
        segments.insert(quantity_at, spelling)
    assume(reads_one_way(segments, quantity_at, product))
    text = " ".join(["SOLD", *("A12" if segment is None else segment for segment in segments)])
    comment = BuyCommentReader([product]).read(text)
    assert comment is not None and comment.orderable, (text, comment)
    assert (comment.variant_sku, comment.quantity) == (variant.sku, quantity or 1), text


def reads_one_way(segments: list[str | None], quantity_at: int | None, product: Product) -> bool:
    """False when some value of the product is found anywhere but inside one of the values named:
    across two of them ("x y z" could be the value "x y z" or the values "x" and "y z"), or
    in the quantity ("2" may be a size)."""
    known = {pieces(value) for variant in product.variants for value in variant.option_values}
    words = [(word, index) for index, segment in enumerate(segments) if segment is not None
             for word in fold(segment).split()]
    for start, end in itertools.combinations(range(len(words) + 1), 2):
        found = {index for _, index in words[start:end]}
        if pieces(" ".join(word for word, _ in words[start:end])) in known and (len(found) > 1 or quantity_at in found):
            return False
    return True


@given(st.text(max_size=500))
def test_any_text_after_a_code_with_phrases_reads_without_an_exception(text):
    comment = BuyCommentReader([a12({**CLOTHES, **SIZES_CM})]).read(f"sold A12 {text}")
    assert comment is not None and 1 <= comment.quantity <= 99
