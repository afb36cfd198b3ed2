"""Reading a buy comment: a keyword, the product's code, then optionally a variant and a
quantity in any order, any case, in English, Spanish, Portuguese, French or Russian:
"SOLD A12", "sold a12 M x2", "compro A12 azul", "quero A12 P", "je prends A12",
"беру A12", "куплю A12 2 шт", "SOLD 2 A12 navy blue", "A12 6cm x3". Option values of several
words are read as phrases (option_phrases.py). Keywords per language are configurable."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studio.catalog import Product
from studio.commerce.option_phrases import OptionPhrases, Reading
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

DEFAULT_KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "en": ("sold", "buy", "i want", "want"),
    "es": ("compro", "comprar", "lo quiero", "quiero", "me lo llevo"),
    "pt": ("quero", "eu quero", "comprar", "compro"),
    "fr": ("je prends", "je veux", "j'achete", "je l'achete", "achete"),
    "ru": ("беру", "куплю", "хочу"),
}
MAX_QUANTITY = 99
QUANTITY = QT_TRANSLATE_NOOP("Refusals", "a quantity must be 1 to %1")
NO_SUCH_CODE = QT_TRANSLATE_NOOP("Refusals", "no product has the code %1")
NO_CODE = QT_TRANSLATE_NOOP("Refusals", "no product code")
WHICH = QT_TRANSLATE_NOOP("Refusals", "which %1?")  # the product's option names: "Size / Colour"
WHICH_VARIANT = QT_TRANSLATE_NOOP("Refusals", "which variant?")  # a product with variants and no option names
NOT_ONE_OF = QT_TRANSLATE_NOOP("Refusals", "which %1? ('%2' is not one of %3's)")  # options, what was typed, a code
NOT_ONE_OF_VARIANTS = QT_TRANSLATE_NOOP("Refusals", "which variant? ('%1' is not one of %2's)")
HAS_NO = QT_TRANSLATE_NOOP("Refusals", "%1 has no %2")  # a code, the values typed
WHICH_OF = QT_TRANSLATE_NOOP("Refusals", "which %1? %2")  # options, then the variants that match
WHICH_VARIANT_OF = QT_TRANSLATE_NOOP("Refusals", "which variant? %1")
_QUANTITY = re.compile(r"^(?:x|×)?(\d{1,3})(?:x|×|pcs|шт\.?|st|un|u)?$")
_QUANTITY_WORDS = {"шт", "шт.", "pcs", "un", "unid", "unidades", "x", "×"}


def fold(text: str) -> str:
    """Case and accents aside: 'Achète' and 'achete' are one word."""
    if text.isascii():
        return text.lower()  # no accents to strip; most chat is this
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class BuyComment:
    product: Product | None
    variant_sku: str | None
    quantity: int
    reason: Refusal | None  # why no order can be made: the host sees the message flagged, in the window's language

    @property
    def problem(self) -> str | None:
        """The reason in English: "which Size?"."""
        return None if self.reason is None else str(self.reason)

    @property
    def orderable(self) -> bool:
        return self.product is not None and self.reason is None


class BuyCommentReader:
    def __init__(self, products: Sequence[Product], keywords: Mapping[str, Sequence[str]] = DEFAULT_KEYWORDS) -> None:
        self._by_code = {product.code.casefold(): product for product in products}
        self._phrases: dict[str, OptionPhrases] = {}  # by code
        phrases = sorted({fold(phrase) for words in keywords.values() for phrase in words}, key=len, reverse=True)
        # one pattern for every keyword, the longer first at a place: "lo quiero" before "quiero"
        self._keywords = re.compile(rf"(?:^| )(?:{'|'.join(map(re.escape, phrases))})(?= |$)") if phrases else None

    def read(self, text: str) -> BuyComment | None:
        """The buy comment in `text`, or None when the text is not one (a question, a hello)."""
        words = _words(fold(text)[:500])
        start = self._keyword_end(words)
        if start is None:
            return None
        rest = words[start:]
        code_index = next((index for index, word in enumerate(rest) if word.strip(".") in self._by_code), None)
        if code_index is None:
            codes = [word for word in rest if re.fullmatch(r"[a-z]{1,3}\d{1,4}", word)]
            return BuyComment(None, None, 1, Refusal(NO_SUCH_CODE, codes[0].upper()) if codes else Refusal(NO_CODE))
        code = rest[code_index].strip(".")
        product = self._by_code[code]
        phrases = self._phrases_of(code, product)
        before, after = phrases.read(rest[:code_index]), phrases.read(rest[code_index + 1 :])
        quantity, others = _quantity([*before.rest, *after.rest], said_from=len(before.rest))
        if quantity is None:
            return BuyComment(product, None, 1, Refusal(QUANTITY, MAX_QUANTITY))
        variant, problem = _variant(product, phrases, Reading(before.phrases | after.phrases, tuple(others)))
        return BuyComment(product, variant, quantity, problem)

    def _phrases_of(self, code: str, product: Product) -> OptionPhrases:
        """Made on first use: for every product of a 50,000-product catalog it would take seconds,
        and the reader is made again whenever another connection changes the store."""
        phrases = self._phrases.get(code)
        if phrases is None:
            phrases = self._phrases[code] = option_phrases(product)
        return phrases

    def _keyword_end(self, words: list[str]) -> int | None:
        """How many words the first keyword takes up to its end, or None when there is none."""
        joined = " ".join(words)
        match = self._keywords.search(joined) if self._keywords is not None else None
        return len(joined[: match.end()].split()) if match else None


def _words(folded: str) -> list[str]:
    return [word for word in re.findall(r"[\w'×.]+", folded) if word.strip(".")]


def _quantity(words: list[str], said_from: int) -> tuple[int | None, list[str]]:
    """The last quantity in the words (1 when none is), and the other words from `said_from` on."""
    quantity, others = 1, []
    for index, word in enumerate(words):
        match = _QUANTITY.match(word.strip("."))
        if match:
            quantity = int(match[1])
        elif word not in _QUANTITY_WORDS and index >= said_from:
            others.append(word)
    return (quantity if 1 <= quantity <= MAX_QUANTITY else None), others


def option_phrases(product: Product) -> OptionPhrases:
    """The product's option values as phrases to find in comments."""
    return OptionPhrases([[_words(fold(value)) for value in variant.option_values] for variant in product.variants])


def variant_named(product: Product, words: list[str]) -> tuple[str | None, str | None]:
    """The variant the words name (any order, any case, values of several words); other words are chat."""
    phrases = option_phrases(product)
    sku, reason = _variant(product, phrases, phrases.read(_words(fold(" ".join(words)))))
    return sku, None if reason is None else str(reason)


def _variant(product: Product, phrases: OptionPhrases, reading: Reading) -> tuple[str | None, Refusal | None]:
    """The variant of the values read, or why there is none: "which Size?", "A12 has no XL"."""
    if not product.variants:
        return None, None
    if len(product.variants) == 1 and not reading.phrases and not reading.rest:
        return product.variants[0].sku, None  # nothing to choose between: "SOLD A12" is that one
    options = " / ".join(product.option_names)  # catalog data, shown as the shop wrote it
    if not reading.phrases:
        said = " ".join(reading.rest[:3])
        if said:
            return None, Refusal(NOT_ONE_OF, options, said, product.code) if options else Refusal(
                NOT_ONE_OF_VARIANTS, said, product.code)
        return None, Refusal(WHICH, options) if options else Refusal(WHICH_VARIANT)
    matching = [product.variants[index] for index in phrases.variants_with(reading.phrases)]
    if not matching:
        named = sorted(phrases.text(phrase) for phrase in reading.phrases)
        return None, Refusal(HAS_NO, product.code, " ".join(named).upper())
    if len(matching) > 1:
        titles = ", ".join(variant.title for variant in matching[:6])
        return None, Refusal(WHICH_OF, options, titles) if options else Refusal(WHICH_VARIANT_OF, titles)
    return matching[0].sku, None
