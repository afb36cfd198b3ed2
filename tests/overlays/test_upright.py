"""Every graphic lays itself out for the canvas's shape: upright, the card spans the width above
the ticker in the lower third, the question and the poll sit at the top, nothing leaves the
title-safe area, and the QR code and the price are large enough for a phone held at arm's length."""

from __future__ import annotations

import numpy as np
import pytest

from overlays.countdown import CountdownView, render_countdown
from overlays.featured_question import FeaturedQuestionView, panel_height, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.option_choices import OptionChoice
from overlays.placement import UPRIGHT_CARD_ROOM, UPRIGHT_QUESTION_ROOM, safe_area
from overlays.poll import PollOption, PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge
from overlays.sold_burst import SoldBurstView, render_sold_burst
from overlays.ticker import PriceTicker, TickerItem
from resources import resource_path
from tests.overlays.conftest import composite
from tests.qr_reading import read_qr

UPRIGHT = [(1080, 1920), (720, 1280)]
LANDSCAPE = [(1920, 1080), (1280, 720)]
URL = "https://shop.example.com/products/dress-linen?variant=40213"
OPTIONS = ((OptionChoice("P"), OptionChoice("M"), OptionChoice("G", in_stock=False)),
           (OptionChoice("Branco"), OptionChoice("Preto")))


def full_card(**changes) -> ProductCardView:
    fields = dict(title="Vestido de Linho com Bolsos Laterais e Alças Ajustáveis", price_text="R$\u00a0259,90",
                  comment_text="Comente SOLD A12 M Preto", compare_at_text="R$\u00a0319,90", discount_text="-18%",
                  stock_text="Só restam 3", stock_urgent=True, checkout_url=URL,
                  image_path=str(resource_path("demo", "images", "dress.png")), qr_caption="Escaneie para comprar",
                  options=OPTIONS)
    fields.update(changes)
    return ProductCardView(**fields)


def graphics(width: int, height: int) -> dict:
    poll = PollView("Qual cor na próxima live?", tuple(PollOption(str(n), f"Cor {n}", n) for n in range(1, 7)))
    return {
        "card": render_product_card(full_card(), width, height),
        "ticker": PriceTicker([TickerItem("Vestido", "R$ 59,00", "A12")] * 9, width, height).frame(3.0),
        "question": render_featured_question(FeaturedQuestionView("maria_k", "Tem no tamanho GG? " * 40), width, height),
        "poll": render_poll(poll, width, height),
        "countdown": render_countdown(CountdownView("Oferta relâmpago", "R$\u00a0199,90", 125.0), 0.0, width, height),
        "giveaway": render_giveaway(GiveawayView("Sorteio: kit de seda", "Digite GANHE para participar",
                                                 "1.234 participantes"), width, height),
        "lower third": render_lower_third(LowerThirdView("Ana Souza", "Ao vivo de Lisboa"), width, height),
        "qr badge": render_qr_badge(QrBadgeView(URL), width, height),
        "sold": render_sold_burst(SoldBurstView("Vendido!", "maria_k"), 0.8, width, height),
    }


def box(overlay) -> tuple[int, int, int, int]:
    return overlay.x, overlay.y, overlay.x + overlay.width, overlay.y + overlay.height


def overlap(first, second) -> bool:
    (a_left, a_top, a_right, a_bottom), (b_left, b_top, b_right, b_bottom) = box(first), box(second)
    return a_left < b_right and b_left < a_right and a_top < b_bottom and b_top < a_bottom


@pytest.mark.parametrize(("width", "height"), [*UPRIGHT, *LANDSCAPE, (360, 640), (640, 360)])
def test_every_graphic_stays_inside_the_title_safe_area(width, height):
    area = safe_area(width, height)
    for name, overlay in graphics(width, height).items():
        left, top, right, bottom = box(overlay)
        assert left >= area.left - 1 and right <= area.right + 1, f"{name}: x {left}..{right} of {width}"
        assert top >= area.top - 1 and bottom <= area.bottom + 1, f"{name}: y {top}..{bottom} of {height}"


def test_the_upright_safe_area_leaves_the_phone_apps_bands_alone():
    area = safe_area(1080, 1920)
    assert (area.left, area.right) == (54, 1026)  # 5% each side
    assert (area.top, area.bottom) == (192, 1920 - 230.4)  # the top 10%, the bottom 12%
    assert safe_area(1920, 1080) == type(area)(96, 54, 1824, 1026)  # landscape: 90% title safe


@pytest.mark.parametrize(("width", "height"), UPRIGHT)
def test_upright_the_card_spans_the_width_above_the_ticker(width, height):
    shown = graphics(width, height)
    card, ticker, area = shown["card"], shown["ticker"], safe_area(width, height)
    assert abs(card.x - area.left) <= 1 and abs(card.x + card.width - area.right) <= 1  # across, and no further
    assert card.y + card.height <= ticker.y  # stands on the ticker
    assert ticker.width >= area.width - 1 and ticker.y + ticker.height <= area.bottom + 1
    assert card.y >= height * 2 / 3  # in the lower third of the picture, the presenter free above
    assert card.height <= UPRIGHT_CARD_ROOM * width / 1080 + 1  # the room the countdown and a giveaway leave it


@pytest.mark.parametrize(("width", "height"), UPRIGHT)
def test_upright_the_busiest_card_stays_in_the_lower_third_on_the_ticker(width, height):
    """A long hostile title, many options, an offer and a long price: the card keeps its height."""
    many = (tuple(OptionChoice(size, in_stock=size not in ("GG", "XG")) for size in ("PP", "P", "M", "G", "GG", "XG")),
            tuple(OptionChoice(colour * 30) for colour in ("Branco", "Preto", "Azul-marinho", "Verde-oliva")),
            (OptionChoice("Algodão"), OptionChoice("Linho", in_stock=False)))
    busiest = full_card(title="<b>Vestido</b>\n" + "de Linho com Bolsos Laterais " * 300, options=many,
                        price_text="R$\u00a01.259,90", compare_at_text="R$\u00a01.519,90",
                        offer_text="Cupom LIVE5: R$ 5,00 de desconto " * 20, qr_caption="Отсканируйте, чтобы купить")
    card = render_product_card(busiest, width, height)
    ticker = graphics(width, height)["ticker"]
    composed = composite([card, ticker], canvas=(width, height))
    drawn = np.flatnonzero((composed != composite([ticker], canvas=(width, height))).any(axis=(1, 2)))
    assert drawn.min() >= height * 2 / 3 and drawn.max() < ticker.y, (drawn.min(), drawn.max(), ticker.y)
    assert card.y >= height * 2 / 3 and card.y + card.height <= ticker.y
    area = safe_area(width, height)
    assert area.left - 1 <= card.x and card.x + card.width <= area.right + 1
    assert read_qr(composed) == URL


@pytest.mark.parametrize(("width", "height"), UPRIGHT)
def test_upright_the_question_and_the_poll_sit_at_the_top_and_the_sale_above_the_card(width, height):
    shown, area = graphics(width, height), safe_area(width, height)
    question, poll = shown["question"], shown["poll"]
    assert abs(question.y - area.top) <= 1 and question.y + question.height < height / 3
    assert poll.y < height / 2 and not overlap(question, poll)
    assert panel_height(4) <= UPRIGHT_QUESTION_ROOM - 8  # the tallest question leaves the poll its place
    for name in ("countdown", "giveaway"):
        assert not overlap(shown[name], shown["card"]), name
        assert not any(overlap(shown[name], shown[other]) for other in ("question", "poll")), name
    assert not overlap(shown["countdown"], shown["giveaway"])


@pytest.mark.parametrize(("price", "was", "struck_shown"), [("R$\u00a0259,90", "R$\u00a0319,90", True),
                                                            ("R$\u00a01.259,90", "R$\u00a01.519,90", False)])
def test_upright_the_struck_price_gives_way_to_a_long_price_the_discount_on_the_picture_saying_it(price, was,
                                                                                                  struck_shown):
    with_struck, without = (render_product_card(full_card(price_text=price, compare_at_text=struck), 720, 1280).pixels
                            for struck in (was, None))
    assert (not np.array_equal(with_struck, without)) == struck_shown  # never an elided "R$ 3…"


def test_landscape_keeps_its_places():
    shown = graphics(1280, 720)
    assert shown["card"].x == 64 and shown["question"].x == 64  # bottom left, top left
    assert shown["countdown"].x + shown["countdown"].width == 1216  # top right
    for first, second in (("card", "countdown"), ("card", "question"), ("question", "giveaway"),
                          ("giveaway", "countdown"), ("card", "lower third"), ("poll", "card")):
        assert not overlap(shown[first], shown[second]), (first, second)


def test_a_1080x1920_card_is_no_longer_cut_at_the_right_edge():
    card = render_product_card(full_card(), 1080, 1920)
    assert card.x >= 0 and card.x + card.width <= 1080
    edge = card.pixels[card.height // 3, -card.width // 40 : -2, 3]  # the card's right end is its rounded panel
    assert edge.min() > 200


def qr_symbol_side(overlay, ink=(0x1D, 0x16, 0x16)) -> int:
    """The width of the QR code's dark modules: ink-coloured columns in the rows of the finder patterns."""
    dark = np.all(np.abs(overlay.pixels[..., :3].astype(int) - ink) < 24, axis=-1) & (overlay.pixels[..., 3] == 255)
    columns = np.flatnonzero(dark.sum(axis=0) > overlay.height * 0.06)  # a code's column has many modules
    rows = np.flatnonzero(dark[:, columns].sum(axis=1) > 0) if columns.size else columns
    right_half = columns[columns > overlay.width * 0.55] if overlay.width > overlay.height else columns
    return int(right_half.max() - right_half.min() + 1) if right_half.size and rows.size else 0


@pytest.mark.parametrize(("width", "height"), UPRIGHT + LANDSCAPE)
def test_the_qr_code_is_big_enough_to_scan_off_a_phone(width, height):
    needed = 0.20 * width if height > width else 0.15 * height
    card_code = qr_symbol_side(render_product_card(full_card(title="Mug", stock_text=None), width, height))
    badge_code = qr_symbol_side(render_qr_badge(QrBadgeView(URL), width, height))
    assert card_code >= needed and badge_code >= needed, (card_code, badge_code, needed)
    assert card_code <= needed * 1.6  # and not the whole card


def digits_height(pixels: np.ndarray, blank: np.ndarray, row_top: int, row_bottom: int, right: int) -> int:
    changed = np.abs(pixels.astype(int) - blank.astype(int)).max(axis=2) > 80
    rows = np.flatnonzero(changed[row_top:row_bottom, :right].any(axis=1))
    return int(rows.max() - rows.min() + 1)


@pytest.mark.parametrize(("width", "height"), UPRIGHT + LANDSCAPE)
def test_the_price_is_at_least_4_percent_of_the_canvas_height(width, height):
    """Its type size (an em) at least 4%: Inter's digits are 0.727 em tall, so they stand at least 2.9%."""
    from overlays.card_layout import card_layout

    view = full_card(price_text="590", compare_at_text=None, discount_text=None)
    priced, blank = (render_product_card(full_card(**{**view.__dict__, "price_text": text}), width, height).pixels
                     for text in ("590", ""))
    layout = card_layout(URL, True, width, height)
    scale = min(width, height) / 1080
    top = round(layout.price.top() * scale) - 2
    if layout.price_follows_title:  # landscape: under a title of two lines
        top = round((layout.title.bottom() + 8) * scale) - 2
    bottom = top + round(layout.price.height() * scale) + 4
    height_drawn = digits_height(priced, blank, top, bottom, round(layout.price.right() * scale))
    assert height_drawn >= 0.04 * height * 0.727 - 1, (height_drawn, height)
