"""Which of Vitrina's languages a show's locale or the window's setting means."""

from __future__ import annotations

import pytest

from studio.languages import LanguageError, check_window_language, translation_language


@pytest.mark.parametrize(("locale", "language"), [
    ("pt_BR", "pt_BR"), ("pt-PT", "pt_BR"), ("es_MX", "es"), ("fr_CA", "fr"), ("ru", "ru"), ("de_DE", "en"), ("en_GB", "en")])
def test_a_show_locale_speaks_the_nearest_of_vitrinas_languages(locale, language):
    assert translation_language(locale) == language


def test_the_window_language_is_the_systems_or_one_of_vitrinas():
    assert [check_window_language(value) for value in ("system", "pt_BR", "ru")] == ["system", "pt_BR", "ru"]
    for wrong in ("pt", "PT_br", "de", ""):
        with pytest.raises(LanguageError, match=f"window_language: '{wrong}' is not one of system, en, es, pt_BR, fr, ru"):
            check_window_language(wrong)
