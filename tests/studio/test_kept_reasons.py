"""A reason kept as JSON comes back with its template and values; what a tampered store holds
instead is no reason (the reader shows the English note it kept)."""

from __future__ import annotations

import pytest

from studio.kept_reasons import kept_reason, reason_json
from studio.translatable import Reasoned, Refusal, Word


def test_a_kept_reason_comes_back_with_its_template_values_and_words():
    kept = kept_reason(reason_json(Refusal("%1 has no %2 (%3)", "A1", "XL", Word("paid"))))
    assert kept is not None
    assert (kept.template, kept.values) == ("%1 has no %2 (%3)", ("A1", "XL", Word("paid")))
    assert str(kept) == "A1 has no XL (paid)"


def test_a_number_is_kept_as_the_english_says_it():
    kept = kept_reason(reason_json(Reasoned("a quantity must be 1 to %1", 99)))
    assert kept is not None and kept.values == ("99",)


@pytest.mark.parametrize("text", [
    None, "", "not json", "[]", '{"values": []}', '{"template": 3}', '{"template": "%1", "values": [1]}',
    '{"template": "%1", "values": "A1"}', '{"template": "%1", "values": [{"word": "a", "other": "b"}]}',
])
def test_what_is_not_a_kept_reason_is_none(text):
    assert kept_reason(text) is None
