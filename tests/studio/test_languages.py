"""Which of Vitrina's languages a show's locale means."""

from __future__ import annotations

import pytest

from studio.languages import translation_language


@pytest.mark.parametrize(("locale", "language"), [
    ("pt_BR", "pt_BR"), ("pt-PT", "pt_BR"), ("es_MX", "es"), ("fr_CA", "fr"), ("ru", "ru"), ("de_DE", "en"), ("en_GB", "en")])
def test_a_show_locale_speaks_the_nearest_of_vitrinas_languages(locale, language):
    assert translation_language(locale) == language
