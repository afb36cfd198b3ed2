"""What replies say, in each of the show's languages, and that a buyer's name stays plain text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.replies.notice import NAME_LIMIT, BuyerNotice, NoticeKind, reply_name
from studio.replies.phrases import wording
from tests.studio.replies.helpers import SHOP

LANGUAGES = ("en_US", "es_ES", "pt_BR", "fr_FR", "ru_RU")
HOLD_END = datetime(2026, 12, 1, 21, 15).timestamp()


def every_kind() -> list[BuyerNotice]:
    return [
        BuyerNotice(NoticeKind.RESERVED, "ana", SHOP, "A12", ("M", "Navy"), cart_id="K7PQ", total_text="R$ 99,90",
                    pay_text="https://pay.example/K7PQ", hold_end=HOLD_END),
        BuyerNotice(NoticeKind.WAITLISTED, "ana", SHOP, "A12", ("M",), position=3),
        BuyerNotice(NoticeKind.SOLD_OUT, "ana", SHOP, "A12"),
        BuyerNotice(NoticeKind.WHICH_VARIANT, "ana", SHOP, "A12", choices=("S", "M", "L")),
        BuyerNotice(NoticeKind.PRE_ORDER, "ana", SHOP, "B3", cart_id="K7PQ", total_text="R$ 50,00",
                    ship_date=date(2026, 12, 12)),
        BuyerNotice(NoticeKind.REMINDER, "ana", SHOP, cart_id="K7PQ", total_text="R$ 99,90", hold_end=HOLD_END),
        BuyerNotice(NoticeKind.RELEASED, "ana", SHOP, "A12", ("M",)),
    ]


def test_english_replies_say_what_happened_with_the_details():
    said = {notice.kind: wording(notice, "en_US") for notice in every_kind()}
    assert said[NoticeKind.RESERVED].alone == ("reserved A12 M/Navy · cart K7PQ · total R$ 99,90 · "
                                              "pay: https://pay.example/K7PQ · held until 9:15\u202fPM")
    assert said[NoticeKind.RESERVED].shared == "reserved · held until 9:15\u202fPM"
    assert said[NoticeKind.RESERVED].personal == "A12 M/Navy · K7PQ · R$ 99,90"
    assert said[NoticeKind.WAITLISTED].alone == "A12 M is sold out: you are #3 on the waitlist"
    assert said[NoticeKind.WAITLISTED].personal == "A12 M #3"
    assert said[NoticeKind.SOLD_OUT].alone == "A12 is sold out"
    assert said[NoticeKind.WHICH_VARIANT].alone == said[NoticeKind.WHICH_VARIANT].shared == "which A12? S, M, L"
    assert said[NoticeKind.PRE_ORDER].alone == "pre-order B3 · ships Dec 12 · cart K7PQ · total R$ 50,00"
    assert said[NoticeKind.REMINDER].alone == ("reminder: your cart is waiting for payment · cart K7PQ · R$ 99,90 · "
                                              "held until 9:15\u202fPM")
    assert said[NoticeKind.RELEASED].alone == "the hold on A12 M ran out: it is released"


def test_portuguese_replies_and_the_locale_s_own_times_and_dates():
    said = {notice.kind: wording(notice, "pt_BR") for notice in every_kind()}
    assert said[NoticeKind.RESERVED].alone == ("reservado A12 M/Navy · carrinho K7PQ · total R$ 99,90 · "
                                              "pagamento: https://pay.example/K7PQ · guardado até 21:15")
    assert said[NoticeKind.WAITLISTED].alone == "A12 M esgotou: você é o nº 3 na lista de espera"
    assert said[NoticeKind.PRE_ORDER].alone == "pré-venda B3 · envio em 12 de dez. · carrinho K7PQ · total R$ 50,00"


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_kind_is_worded_in_every_language(locale):
    english = {notice.kind: wording(notice, "en_US") for notice in every_kind()}
    for notice in every_kind():
        said = wording(notice, locale)
        assert said.alone and said.shared and "{" not in said.alone + said.shared + said.personal
        if not locale.startswith("en") and notice.kind is not NoticeKind.WHICH_VARIANT:
            assert said.alone != english[notice.kind].alone, (locale, notice.kind)
        if notice.product_code:
            assert notice.product_code in said.alone


def test_another_language_falls_back_to_english():
    notice = every_kind()[2]
    assert wording(notice, "de_DE").alone == wording(notice, "en_US").alone == "A12 is sold out"


@pytest.mark.parametrize(("name", "written"), [
    ("ana", "ana"),
    ("@@ana", "ana"),
    ("ana\r\nPRIVMSG #shop :free stuff", "ana PRIVMSG #shop :free stuff"),
    ("ev\u202eil\u200b\u2066x", "evilx"),
    ("\x00\x01\x07", "?"),
    ("😀" * 100, "😀" * (NAME_LIMIT - 1) + "…"),
    ("Ana  María\tLópez", "Ana María López"),
])
def test_hostile_names_stay_one_line_of_plain_text(name, written):
    assert reply_name(name) == written


@given(st.text(max_size=300))
def test_any_name_becomes_a_short_single_line(name):
    written = reply_name(name)
    assert 0 < len(written) <= NAME_LIMIT
    assert "\r" not in written and "\n" not in written and "\x00" not in written
    assert written == " ".join(written.split()) and not written.startswith("@")


def test_catalog_values_in_a_reply_are_plain_text_too():
    notice = BuyerNotice(NoticeKind.WHICH_VARIANT, "ana", SHOP, "A1\r\nQUIT", choices=("S\x07", "M\u202e", "L" * 200))
    said = wording(notice, "en_US").alone
    assert "\r" not in said and "\n" not in said and "\x07" not in said and "\u202e" not in said
    assert said.startswith("which A1 QUIT? S, M, ") and len(said) < 100
