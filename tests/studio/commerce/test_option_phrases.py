from __future__ import annotations

import pytest

from studio.commerce.option_phrases import OptionPhrases

# two options, Colour (blue, navy blue) and Size (6 cm, 16 cm): four variants in this order
PHRASES = OptionPhrases([[colour.split(), size.split()]
                         for colour in ("blue", "navy blue") for size in ("6 cm", "16 cm")])


@pytest.mark.parametrize(
    ("words", "named", "rest"),
    [
        ("navy blue x2", {("navy", "blue")}, ("x2",)),
        ("blue x2", {("blue",)}, ("x2",)),
        ("2 6cm navy blue", {("6", "cm"), ("navy", "blue")}, ("2",)),
        ("16 cm", {("16", "cm")}, ()),
        ("6 c m", set(), ("6", "c", "m")),  # "c m" is two words, not "cm"
        ("cm 6", set(), ("cm", "6")),
        ("navy navy blue blue", {("navy", "blue"), ("blue",)}, ("navy",)),
    ],
)
def test_the_longest_value_takes_its_words_and_the_rest_are_left(words, named, rest):
    reading = PHRASES.read(words.split())
    assert (set(reading.phrases), reading.rest) == (named, rest)


def test_variants_are_those_with_every_value_named():
    assert PHRASES.variants_with(frozenset({("navy", "blue")})) == [2, 3]
    assert PHRASES.variants_with(frozenset({("navy", "blue"), ("6", "cm")})) == [2]
    assert PHRASES.variants_with(frozenset({("6", "cm"), ("16", "cm")})) == []
    assert PHRASES.text(("6", "cm")) == "6 cm"
