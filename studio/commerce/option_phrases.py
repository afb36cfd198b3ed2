"""Option values read as phrases: "Navy Blue", "6 cm", "Tamanho Único" named inside a comment.

A value is the sequence of its words, split further where digits meet other characters, so
"6cm" names "6 cm" and "42eu" names "42 EU". In a comment the longest value that covers whole
words wins ("navy blue" over "blue"), and the words it took are not read again. Matching costs
a dictionary look-up per word and per length of value: linear in the comment's length."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

Phrase = tuple[str, ...]  # a value's pieces: "6cm" and "6 cm" are both ("6", "cm")

_PIECE = re.compile(r"\d+|\D+")


def phrase_of(words: Sequence[str]) -> Phrase:
    """The pieces of some folded words: dots around a word aside, digits apart from the rest."""
    return tuple(piece for word in words for piece in _pieces(word))


@lru_cache(maxsize=16384)  # chat says the same words again and again
def _pieces(word: str) -> Phrase:
    return tuple(_PIECE.findall(word.strip(".")))


@dataclass(frozen=True)
class Reading:
    phrases: frozenset[Phrase]  # the values the words named
    rest: tuple[str, ...]  # the words no value took, in their order


class OptionPhrases:
    """One product's option values, ready to be found in the words of comments."""

    def __init__(self, variants: Sequence[Sequence[Sequence[str]]]) -> None:
        """`variants`: for each variant, in order, the folded words of each of its option values."""
        self._variants_with: dict[Phrase, set[int]] = {}
        self._texts: dict[Phrase, str] = {}
        for index, values in enumerate(variants):
            for words in values:
                phrase = phrase_of(words)
                if phrase:
                    self._variants_with.setdefault(phrase, set()).add(index)
                    self._texts.setdefault(phrase, " ".join(word.strip(".") for word in words))
        self._lengths = sorted({len(phrase) for phrase in self._variants_with}, reverse=True)
        self._count = len(variants)

    def read(self, words: Sequence[str]) -> Reading:
        """The values named in `words`, the longer first wherever two would share a word."""
        if not words or not self._lengths:
            return Reading(frozenset(), tuple(words))
        pieces: list[str] = []
        starts: list[int] = []  # where each word's pieces begin
        word_after: dict[int, int] = {}  # a piece index where a word ends -> the next word's index
        for index, word in enumerate(words):
            starts.append(len(pieces))
            pieces.extend(_pieces(word))
            word_after[len(pieces)] = index + 1
        taken = [False] * len(words)
        found: set[Phrase] = set()
        for length in self._lengths:
            for first, start in enumerate(starts):
                end = word_after.get(start + length)
                if end is None or any(taken[first:end]):
                    continue
                phrase = tuple(pieces[start : start + length])
                if phrase in self._variants_with:
                    found.add(phrase)
                    taken[first:end] = [True] * (end - first)
        return Reading(frozenset(found), tuple(word for word, took in zip(words, taken) if not took))

    def variants_with(self, phrases: frozenset[Phrase]) -> list[int]:
        """The indices, in order, of the variants that have every one of `phrases` among their values."""
        matching = set(range(self._count))
        for phrase in phrases:
            matching &= self._variants_with.get(phrase, set())
        return sorted(matching)

    def text(self, phrase: Phrase) -> str:
        """The phrase as its value spells it, folded: 'navy blue', '6 cm'."""
        return self._texts.get(phrase, " ".join(phrase))
