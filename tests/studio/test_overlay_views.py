from studio.catalog import Product, Variant
from studio.overlay_views import discount_percent, product_card_view, ticker_items


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
    assert view.comment_text == "Comente QUERO A12"
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
