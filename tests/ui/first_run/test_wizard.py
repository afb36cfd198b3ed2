"""The first-run assistant driven as a newcomer drives it: every answer is read back from the
store (and the keyring), the demo catalog in the chosen currency; Skip, mistakes, and Help."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from studio.catalog import find_by_code
from studio.destinations import list_destinations
from studio.first_run import (
    CAMERA_SOURCE,
    DONE,
    Canvas,
    FirstDestination,
    FirstRunChoices,
)
from studio.money import format_money
from studio.paths import Paths
from studio.setting_sections.audio import AUDIO_INPUT
from studio.setting_sections.language import WINDOW_LANGUAGE
from studio.setting_sections.video import CANVAS
from studio.settings import get_setting, set_setting, store_currency, store_locale
from studio.store import store_session
from tests.ui.conftest import SMALL_SHOW
from ui.first_run.wizard import FirstRunWizard


def opened(qtbot, paths: Paths) -> FirstRunWizard:
    wizard = FirstRunWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.loaded, timeout=30000)
    return wizard


def go_to_devices(qtbot, wizard: FirstRunWizard) -> None:
    while wizard.currentPage() is not wizard.devices:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.devices.listed, timeout=30000)


def finish(qtbot, wizard: FirstRunWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.finish
    with qtbot.waitSignal(wizard.kept, timeout=30000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)


def stored(paths: Paths, key: str) -> str:
    with store_session(paths) as db:
        return get_setting(db, key, "")


def test_every_answer_is_kept_and_the_demo_is_priced_in_the_shops_currency(qtbot, studio_paths, memory_keyring):
    wizard = opened(qtbot, studio_paths)
    wizard.language.language.setCurrentIndex(wizard.language.language.findData("pt_BR"))
    wizard.next()
    wizard.shop.set_choice("pt_BR", "BRL")
    assert wizard.shop.example.text() == format_money(5990, "BRL", "pt_BR")  # R$ 59,90
    wizard.next()
    wizard.canvas.vertical.setChecked(True)
    wizard.next()
    page = wizard.destination
    page.go_live.setChecked(True)
    page.service.setCurrentIndex(page.service.findText("Twitch"))
    assert page.url.text() == "rtmp://live.twitch.tv/app"
    qtbot.keyClicks(page.key, "live_1234_secret")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.devices.listed, timeout=30000)
    wizard.devices.camera.setCurrentIndex(wizard.devices.camera.findData("testpattern"))
    wizard.devices.microphone.setCurrentIndex(wizard.devices.microphone.findData("none"))
    finish(qtbot, wizard)

    assert stored(studio_paths, WINDOW_LANGUAGE) == "pt_BR"
    assert stored(studio_paths, CANVAS) == "720x1280"
    assert stored(studio_paths, CAMERA_SOURCE) == "testpattern"
    assert stored(studio_paths, AUDIO_INPUT) == "none"
    assert stored(studio_paths, DONE) == "1"
    with store_session(studio_paths) as db:
        assert store_currency(db) == "BRL" and store_locale(db) == "pt_BR"
        assert [(d.name, d.url) for d in list_destinations(db)] == [("Twitch", "rtmp://live.twitch.tv/app")]
        mug = find_by_code(db, "A2")  # $24.00 in the demo
        currencies = {currency for (currency,) in db.execute("SELECT DISTINCT currency FROM products")}
    assert memory_keyring.entries[("vitrina", "destination:Twitch")] == "live_1234_secret"
    assert mug is not None and mug.money.format("pt_BR") == format_money(12000, "BRL", "pt_BR")  # R$ 120,00
    assert currencies == {"BRL"}


def test_rehearse_first_saves_no_destination(qtbot, studio_paths, memory_keyring):
    wizard = opened(qtbot, studio_paths)
    go_to_devices(qtbot, wizard)
    assert wizard.devices.camera.itemData(wizard.devices.camera.count() - 1) == "testpattern"  # always offered
    finish(qtbot, wizard)
    assert wizard.saved is None
    with store_session(studio_paths) as db:
        assert list_destinations(db) == []
        assert store_currency(db) == "USD"
    assert stored(studio_paths, CANVAS) == "1280x720"
    assert memory_keyring.entries == {}


def test_a_currency_that_does_not_exist_stops_the_page_and_says_so(qtbot, studio_paths):
    wizard = opened(qtbot, studio_paths)
    wizard.next()
    wizard.shop.currency.setEditText("EURO")
    wizard.next()
    assert wizard.currentPage() is wizard.shop
    assert wizard.shop.error.text() == "Currency: EURO is not an ISO 4217 code, e.g. EUR"
    wizard.shop.currency.setEditText("eur")
    wizard.next()
    assert wizard.currentPage() is wizard.canvas


def test_a_destination_without_its_key_or_with_a_bad_address_stops_the_page(qtbot, studio_paths, memory_keyring):
    wizard = opened(qtbot, studio_paths)
    while wizard.currentPage() is not wizard.destination:
        wizard.next()
    page = wizard.destination
    page.go_live.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is page
    assert page.error.text() == "Stream key: empty; an RTMP destination needs its stream key"
    page.service.setCurrentIndex(page.service.findText("TikTok"))
    page.url.setText("ftp://tiktok.example/live")
    page.key.setText("abc")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.error.text().startswith("url: starts with ftp:")
    assert memory_keyring.entries == {}


def test_skip_keeps_only_that_it_was_seen(qtbot, studio_paths):
    wizard = opened(qtbot, studio_paths)
    wizard.next()
    wizard.shop.set_choice("fr_FR", "EUR")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Skip"
    qtbot.waitUntil(lambda: stored(studio_paths, DONE) == "1", timeout=30000)
    wizard.wait()
    with store_session(studio_paths) as db:
        assert get_setting(db, "currency", "") == "" and store_locale(db) == "en_US"


def test_help_opens_it_again_and_finishing_reopens_the_program_as_chosen(qtbot, window, memory_keyring):
    window.live_panel.sound_on.setChecked(False)  # no chime when the rehearsal's first order comes
    window.first_run_action.trigger()
    wizard = window.first_run
    assert wizard is not None and wizard.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # until the kept answers are in
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(), timeout=30000)
    wizard.next()
    wizard.next()
    wizard.canvas.vertical.setChecked(True)
    go_to_devices(qtbot, wizard)
    wizard.devices.camera.setCurrentIndex(wizard.devices.camera.findData("testpattern"))
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.bridge.show is not None and window.bridge.show.settings.rehearsal, timeout=60000)
    settings = window.bridge.show.settings
    assert (settings.width, settings.height, settings.source) == (720, 1280, "testpattern")
    assert window.controls.show_settings.height == 1280  # the next real show too

    window.first_run_action.trigger()  # again: the answers kept are the ones offered
    again = window.first_run
    assert again is not wizard
    qtbot.waitUntil(lambda: again.loaded, timeout=30000)
    assert again.canvas.chosen() is Canvas.VERTICAL and again.shop.chosen_currency() == "USD"
    again.reject()
    again.wait()


def test_answers_kept_while_a_show_is_opening_reopen_it_once_that_one_is_open(qtbot, window):
    with store_session(window.bridge.real_paths) as db:
        set_setting(db, CANVAS, "720x1280")  # as the assistant keeps it before it says so
    window.bridge.open_show(SMALL_SHOW)
    assert window.bridge.opening
    choices = FirstRunChoices("en", "USD", "en_US", Canvas.VERTICAL, "testpattern", "none", FirstDestination("x", "y", None))
    window._first_run_kept(choices, None)
    qtbot.waitUntil(lambda: window.bridge.show is not None and window.bridge.show.settings.height == 1280, timeout=60000)
    assert not window.bridge.show.settings.rehearsal  # a destination was given: a real show, not a rehearsal
    assert window.pending_show is None


def test_the_check_opens_the_chosen_devices_and_says_what_came(qtbot, studio_paths):
    wizard = opened(qtbot, studio_paths)
    go_to_devices(qtbot, wizard)
    page = wizard.devices
    page.camera.addItem("A camera that is gone", "camera:/dev/video97")
    page.camera.setCurrentIndex(page.camera.count() - 1)
    page.microphone.addItem("A sound card that is gone", "mic:hw:97")
    page.microphone.setCurrentIndex(page.microphone.count() - 1)
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.checked, timeout=30000)
    assert page.camera_result.text() == "Camera: no camera at /dev/video97"
    assert page.microphone_result.text().startswith("Microphone: mic:hw:97: no such microphone, or it cannot be opened")
    page.camera.setCurrentIndex(page.camera.findData("testpattern"))
    page.microphone.addItem("ALSA's null input", "mic:null")  # a real capture device: it opens and gives samples
    page.microphone.setCurrentIndex(page.microphone.count() - 1)
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.checked, timeout=30000)
    assert page.camera_result.text() == "Camera: the test pattern needs no camera"
    assert re.fullmatch(r"Microphone: (it hears you: loudest -?\d+ dBFS|it opens, but it is silent: is it muted\?)",
                        page.microphone_result.text()), page.microphone_result.text()
