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


def test_the_card_names_a_keyword_the_shop_still_takes_in_the_show_language():
    from studio.commerce.buy_comments import DEFAULT_KEYWORDS
    from studio.commerce.keywords import card_keyword, parse_keywords

    assert card_keyword(DEFAULT_KEYWORDS, "en_US") == "SOLD"
    assert card_keyword(DEFAULT_KEYWORDS, "pt-BR") == "QUERO"
    assert card_keyword(DEFAULT_KEYWORDS, "de_DE") == "SOLD"  # no German words: English's
    assert card_keyword({**DEFAULT_KEYWORDS, **parse_keywords("en: mine, sold")}, "en_GB") == "MINE"
    assert card_keyword(parse_keywords("de: ich nehme"), "fr_FR") == "ICH NEHME"
