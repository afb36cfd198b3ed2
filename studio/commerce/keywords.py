"""The words that make a comment a purchase, per language, as the shop sets them:

    vitrina settings buy_keywords "en: sold, mine; es: compro, lo quiero; de: ich nehme"

A language the setting names replaces the built-in words for it; the others stay."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlite_utils import Database

from studio.commerce.buy_comments import DEFAULT_KEYWORDS
from studio.plain_text import clean_line
from studio.settings import get_setting, language_of
from studio.translatable import NAMED, QT_TRANSLATE_NOOP, Refusal

SETTING = "buy_keywords"


class KeywordError(Refusal):
    pass


def parse_keywords(text: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        language, colon, words = part.partition(":")
        language = language.strip().lower()
        phrases = tuple(word.strip() for word in words.split(",") if word.strip())
        if not colon or not re.fullmatch(r"[a-z]{2,3}", language) or not phrases:
            raise KeywordError(NAMED, SETTING, KeywordError(QT_TRANSLATE_NOOP("Refusals", "'%1' should read like 'en: sold, mine'"),
                                                          clean_line(part)))
        found[language] = phrases
    return found


def load_keywords(db: Database) -> Mapping[str, tuple[str, ...]]:
    return {**DEFAULT_KEYWORDS, **parse_keywords(get_setting(db, SETTING, ""))}


def card_keyword(keywords: Mapping[str, tuple[str, ...]], locale: str) -> str:
    """The word the card tells viewers to type ("Comment SOLD A12"): the show language's first
    buy keyword, else English's, so the card never names a word the shop has turned off."""
    for chosen in (language_of(locale), "en", *keywords):
        if keywords.get(chosen):
            return keywords[chosen][0].upper()
    return "SOLD"
