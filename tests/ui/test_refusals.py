"""ui/refusals.py: a refusal from studio/ read in the window's language (the reason it wraps and the
program's own words translated too, what the user typed left as typed), anything else as it says."""

from __future__ import annotations

import pytest

from studio.commerce.carts import CartError
from studio.commerce.orders import state_word
from studio.money import MoneyError, parse_price
from studio.setting_catalog import definition
from studio.translatable import QT_TRANSLATE_NOOP
from ui.refusals import reason_text
from ui.translations import install_translators


def test_a_wrapped_refusal_is_translated_whole_and_the_typed_value_stays(qapp):
    install_translators(qapp, "pt_BR")
    with pytest.raises(ValueError) as refused:
        definition("audio_gain").checked("alto")
    assert str(refused.value) == "audio_gain: 'alto': give the gain in dB from -60 to +20, e.g. 0"
    assert reason_text(refused.value) == "audio_gain: 'alto': informe o ganho em dB de -60 a +20, por exemplo 0"


def test_the_programs_own_words_in_a_refusal_are_translated_too(qapp):
    install_translators(qapp, "ru")
    refused = CartError(QT_TRANSLATE_NOOP("Refusals", "cart %1 is %2: nothing in it can become %3"), "K7",
                        state_word("paid"), state_word("paid"))
    assert str(refused) == "cart K7 is paid: nothing in it can become paid"
    assert reason_text(refused) == "корзина K7 в состоянии «оплачено»: ничто в ней не может перейти в «оплачено»"


def test_english_reads_as_the_command_line_does_and_a_plain_error_as_it_says(qapp):
    with pytest.raises(MoneyError) as refused:
        parse_price("%1 reais", "BRL")
    assert reason_text(refused.value) == str(refused.value) == "'%1 reais' is not a price"
    install_translators(qapp, "pt_BR")
    assert reason_text(refused.value) == "'%1 reais' não é um preço"
    assert reason_text(OSError("disk full")) == "disk full"
