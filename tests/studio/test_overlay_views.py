import pytest

from overlays.countdown import clock_text
from studio.catalog import Product, Variant
from studio.overlay_views import (
    countdown_view,
    discount_percent,
    entries_text,
    giveaway_view,
    product_card_view,
    stock_badge,
    ticker_items,
)


def product(**changes) -> Product:
    fields = dict(sku="D-1", title="Linen Dress", price=5900, currency="BRL", code="A12", compare_at_price=7900,
                  stock=3, checkout_url="https://shop.example.com/d-1", image="/img/d.png")
    fields.update(changes)
    return Product(**fields)


def nbsp(text):
    return text.replace("\u00a0", " ")


def test_the_card_says_price_discount_stock_and_code_in_the_show_language():
    view = product_card_view(product(), "pt_BR")
    assert nbsp(view.price_text) == "R$ 59,00" and nbsp(view.compare_at_text) == "R$ 79,00"
    assert view.discount_text == "-25%"
    assert (view.stock_text, view.stock_urgent) == ("Só restam 3", True)
    assert view.comment_text == "Comente SOLD A12"  # the keyword chat rules read is the same everywhere
    assert view.checkout_url == "https://shop.example.com/d-1" and view.image_path == "/img/d.png"


def test_stock_badges_in_each_language():
    sold_out = product(stock=0)
    assert [product_card_view(sold_out, locale).stock_text for locale in ("en_US", "es_MX", "pt_BR", "fr_FR", "ru_RU")] == [
        "Sold out", "Agotado", "Esgotado", "Épuisé", "Распродано"]
    assert product_card_view(product(stock=50), "en_US").stock_text is None  # plenty: no badge
    assert product_card_view(product(stock=None), "en_US").stock_text is None  # untracked


def test_variant_stock_counts_for_the_card():
    with_variants = product(stock=None, variants=(Variant("D-1-S", ("S",), 5900, stock=1), Variant("D-1-M", ("M",), 5900, stock=1)))
    assert product_card_view(with_variants, "en_US").stock_text == "Only 2 left"


def test_a_flash_sale_price_shows_the_regular_price_struck():
    view = product_card_view(product(compare_at_price=None), "en_US", price=4900)
    assert view.price_text == "R$49.00" and view.compare_at_text == "R$59.00" and view.discount_text == "-16%"


def test_no_discount_without_a_higher_compare_at_price():
    assert discount_percent(1000, None) is None and discount_percent(1000, 1000) is None
    assert discount_percent(999, 1000) is None and discount_percent(900, 1000) == 10
    view = product_card_view(product(compare_at_price=5000), "en_US")
    assert view.compare_at_text is None and view.discount_text is None


def test_the_ticker_lists_active_products():
    items = ticker_items([product(), product(sku="X", code="B1", status="draft")], "en_US")
    assert [(item.title, item.code) for item in items] == [("Linen Dress", "A12")]


def test_a_sold_out_product_scrolls_by_as_sold_out_without_a_code_to_comment():
    items = ticker_items([product(stock=0), product(sku="X", title="Mug", code="B1", stock=9, currency="MXN")], "es_MX")
    assert [item.label() for item in items] == ["Linen Dress  ·  Agotado", "Mug  ·  $59.00  ·  B1"]


@pytest.mark.parametrize(("locale", "one", "three"), [
    ("en_US", "Only 1 left", "Only 3 left"),
    ("es_ES", "¡Solo queda 1!", "¡Solo quedan 3!"),
    ("pt_BR", "Só resta 1", "Só restam 3"),
    ("fr_FR", "Plus que 1", "Plus que 3"),
    ("ru_RU", "Осталась 1 шт.", "Осталось 3 шт."),
])
def test_low_stock_says_one_in_the_singular(locale, one, three):
    assert stock_badge(1, locale) == (one, True) and stock_badge(3, locale) == (three, True)


def test_a_language_not_translated_yet_falls_back_to_english_with_its_own_number_format():
    view = product_card_view(product(currency="EUR"), "de_DE")
    assert view.stock_text == "Only 3 left" and view.comment_text == "Comment SOLD A12"
    assert nbsp(view.price_text) == "59,00 €" and nbsp(view.discount_text) == "-25 %"


def test_the_shows_own_buy_keyword_goes_on_the_card():
    assert product_card_view(product(), "es_MX", keyword="QUIERO").comment_text == "Comenta QUIERO A12"


def test_the_flash_sale_countdown_is_worded_and_priced_in_the_show_locale():
    view = countdown_view(product(currency="EUR"), 1999, ends_at=130.0, locale="fr_FR")
    assert (view.label, nbsp(view.sale_price_text), view.ended_text) == ("Vente flash", "19,99 €", "Vente terminée")
    assert clock_text(view.seconds_left(5.0)) == "02:05"


def test_giveaway_entries_follow_each_languages_plural_rules_and_number_format():
    assert [entries_text(n, "en_US") for n in (1, 2, 1234)] == ["1 entry", "2 entries", "1,234 entries"]
    assert [entries_text(n, "ru_RU") for n in (1, 3, 5, 21, 22, 111)] == [
        "1 участник", "3 участника", "5 участников", "21 участник", "22 участника", "111 участников"]
    assert nbsp(entries_text(1234, "fr_FR").replace("\u202f", " ")) == "1 234 participants"
    assert [entries_text(n, "pt_BR") for n in (1, 2)] == ["1 participante", "2 participantes"]


def test_the_giveaway_says_how_to_enter_then_who_won_in_the_show_language():
    running = giveaway_view("Sorteio: kit de seda", "EU QUERO", 128, "pt_BR")
    assert (running.how_to_enter, running.entries_text, running.winner) == ("Digite EU QUERO para participar",
                                                                           "128 participantes", None)
    won = giveaway_view("Sorteio", "EU QUERO", 128, "pt_BR", winner="joão_silva")
    assert (won.winner, won.winner_caption) == ("joão_silva", "Vencedor")


def test_an_unknown_locale_is_refused_by_name():
    with pytest.raises(ValueError, match="'xx_QQ' is not a known locale"):
        entries_text(3, "xx_QQ")


def test_the_ticker_takes_the_first_40_active_products_of_a_big_catalog():
    from dataclasses import replace

    from studio.catalog import Product
    from studio.overlay_views import TICKER_ITEMS, ticker_items

    base = Product(sku="S", title="Item", price=100, currency="USD", code="A1")
    catalog = [replace(base, sku=f"S{index}", code=f"A{index}", status="draft" if index == 0 else "active")
               for index in range(50_000)]
    items = ticker_items(catalog, "en_US")
    assert TICKER_ITEMS == 40 and len(items) == 40
    assert [item.code for item in items[:2]] == ["A1", "A2"]  # the draft is not on the ticker
