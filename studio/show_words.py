"""Words the show says to its audience (the stream's graphics, replies in chat) in the show's
language, from the same Qt translations as the window.

The show follows its locale, not the window's language: a ShowWords asks the translator of its
own language directly, without installing it app-wide. Each subclass is a translation context
named after it, as lupdate reads `self.tr("...")` in a class; `%n` takes the count written the
locale's way ("1 234 participants"); `%1`, `%2` are filled in one pass (studio.placeholders.fill).
"""

from __future__ import annotations

from babel.numbers import format_decimal

from studio.languages import translation_language
from studio.money import babel_locale
from studio.translation import translator


class ShowWords:
    def __init__(self, locale: str) -> None:
        self.locale = babel_locale(locale)  # a locale Babel does not know raises ValueError here
        self.language = translation_language(locale)
        self._translator = translator(self.language)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` translated in this class's context (its English source when the language lacks
        it), with `%n` the count."""
        text = self._translator.translate(type(self).__name__, source, disambiguation, n) or source
        return text.replace("%n", format_decimal(n, locale=self.locale)) if n >= 0 else text
