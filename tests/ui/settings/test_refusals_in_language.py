"""The Settings dialog in the window's language: a refused value is said beside its field in
Portuguese (or Russian), with what was typed quoted as typed (a chat spec without the command
line's --chat in front), and nothing is stored."""

from __future__ import annotations

import pytest

from tests.ui.settings.conftest import press_ok
from tests.ui.settings.test_form_pages import stored, type_into
from ui.settings.chat_page import ChatPage
from ui.settings.graphics_page import GraphicsPage
from ui.settings.shop_page import ShopPage
from ui.settings.video_page import VideoPage
from ui.translations import install_translators


@pytest.mark.parametrize(("language", "name", "typed", "reason"), [
    ("pt_BR", "bitrate", "0", "bitrate: '0' não é uma taxa de bits: informe kbit/s de 100 a 50000, por exemplo 3000"),
    ("pt_BR", "canvas", "1281x720", "canvas: 1281x720: a largura e a altura precisam ser pares, de 64x64 a 7680x4320 "
     "(o H.264 reduz a cor pela metade nos dois sentidos, então tamanhos ímpares não podem ser codificados)"),
    ("ru", "bitrate", "ноль", "bitrate: 'ноль' — не битрейт: укажите кбит/с от 100 до 50000, например 3000"),
])
def test_a_bad_video_value_is_refused_in_the_windows_language(qtbot, qapp, studio_paths, open_page, language, name,
                                                              typed, reason):
    install_translators(qapp, language)
    dialog, page = open_page(VideoPage)
    type_into(page.fields[name], typed)
    press_ok(dialog)
    assert page.errors[name].text() == reason
    assert dialog.isVisible() and stored(studio_paths, name) is None


def test_a_checkout_link_and_a_discount_are_refused_in_portuguese(qtbot, qapp, studio_paths, open_page):
    install_translators(qapp, "pt_BR")
    dialog, page = open_page(ShopPage)
    type_into(page.fields["checkout_url"], "loja.exemplo/pagar")
    type_into(page.fields["discount_code"], "AO VIVO 10%")
    type_into(page.fields["hold_minutes"], "dez")
    press_ok(dialog)
    assert page.errors["checkout_url"].text() == ("checkout_url: 'loja.exemplo/pagar' não é um endereço web: escreva "
                                                  "como https://loja.example/checkout")
    assert page.errors["discount_code"].text() == ("discount_code: 'AO VIVO 10%': escreva um código e um valor, por "
                                                   "exemplo 'LIVE10 10%' ou 'LIVE5 5.00'")
    assert page.errors["hold_minutes"].text() == "hold_minutes: 'dez': minutos inteiros de 0 (sem reserva) a 20160"
    assert stored(studio_paths, "checkout_url") is None and stored(studio_paths, "discount_code") is None


@pytest.mark.parametrize(("language", "reason"), [
    ("pt_BR", "theme_colour: #00ff00 fica difícil de ler na transmissão: no painel do cartão tem contraste de 1.3:1 "
     "sobre algumas imagens, e é preciso pelo menos 4.5:1; escolha uma cor mais escura ou mais intensa"),
    ("ru", "theme_colour: #00ff00 плохо читается в эфире: на панели карточки контраст 1.3:1 на некоторых изображениях, "
     "а нужно не меньше 4.5:1; выберите цвет темнее или насыщеннее"),
])
def test_a_theme_colour_hard_to_read_is_refused_in_the_windows_language(qtbot, qapp, studio_paths, open_page, language,
                                                                          reason):
    install_translators(qapp, language)
    dialog, page = open_page(GraphicsPage)
    type_into(page.fields["theme_colour"], "#00FF00")
    press_ok(dialog)
    assert page.errors["theme_colour"].text() == reason
    assert dialog.isVisible() and stored(studio_paths, "theme_colour") is None


@pytest.mark.parametrize(("language", "chat", "viewers"), [
    ("pt_BR", "chat_connectors: linha 2: twitch:: informe o canal da Twitch, por exemplo twitch:myshop",
     "viewers: linha 2: vimeo:1: use youtube:VIDEO_ID ou twitch:LOGIN"),
    ("ru", "chat_connectors: строка 2: twitch:: укажите канал Twitch, например twitch:myshop",
     "viewers: строка 2: vimeo:1: используйте youtube:VIDEO_ID или twitch:LOGIN"),
])
def test_a_chat_or_viewer_spec_is_refused_in_the_windows_language_without_its_option(qtbot, qapp, studio_paths,
                                                                                     open_page, file_keyring,
                                                                                     language, chat, viewers):
    install_translators(qapp, language)
    dialog, page = open_page(ChatPage)
    type_into(page.fields["chat_connectors"], "twitch:myshop\ntwitch:")
    type_into(page.fields["viewers"], "youtube:dQw4w9WgXcQ\nvimeo:1")
    press_ok(dialog)
    assert page.errors["chat_connectors"].text() == chat
    assert page.errors["viewers"].text() == viewers
    assert dialog.isVisible() and stored(studio_paths, "chat_connectors") is None and stored(studio_paths, "viewers") is None
