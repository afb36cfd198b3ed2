import pytest

from studio.commerce.keywords import KeywordError, load_keywords, parse_keywords
from studio.settings import set_setting


def test_the_shop_sets_its_own_words_per_language(db):
    set_setting(db, "buy_keywords", "en: mine, gimme; de: ich nehme")
    keywords = load_keywords(db)
    assert keywords["en"] == ("mine", "gimme") and keywords["de"] == ("ich nehme",)
    assert "compro" in keywords["es"]  # languages not named keep the built-in words


@pytest.mark.parametrize("text", ["en sold", "english: sold", "en:", "en: , ,"])
def test_a_badly_written_setting_is_named(text):
    with pytest.raises(KeywordError, match="should read like 'en: sold, mine'"):
        parse_keywords(text)
