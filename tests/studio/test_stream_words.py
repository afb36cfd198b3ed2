"""The stream's words come from the Qt translations of the show's language, plural forms and all."""

from __future__ import annotations

from studio.stream_words import stream_words


def test_russian_counts_take_each_of_their_three_forms():
    words = stream_words("ru_RU")
    assert [words.only_left(n) for n in (1, 3, 5, 21)] == [
        "Осталась 1 шт.", "Осталось 3 шт.", "Осталось 5 шт.", "Осталась 21 шт."]
    assert [words.entries(n) for n in (1, 3, 5, 21)] == ["1 участник", "3 участника", "5 участников", "21 участник"]


def test_a_keyword_or_code_that_looks_like_a_placeholder_stays_as_typed():
    assert stream_words("pt_BR").comment_to_buy("%2", "%1") == "Comente %2 %1"
    assert stream_words("es_MX").how_to_enter("%n") == "Escribe %n para participar"
