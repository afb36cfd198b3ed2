"""Choosing the window's language: the desktop's when the setting says system, one of Vitrina's
otherwise; installing another replaces the one before."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from ui.translations import install_translators, language_for, system_language


def test_the_system_language_is_the_first_desktop_language_vitrina_speaks():
    assert system_language(QLocale("pt_BR")) == "pt_BR"
    assert system_language(QLocale("pt_PT")) == "pt_BR"
    assert system_language(QLocale("es_AR")) == "es"
    assert system_language(QLocale("ru_RU")) == "ru"
    assert system_language(QLocale("de_DE")) == "en"  # none of ours: English


def test_a_stored_language_vitrina_does_not_speak_follows_the_system_and_says_so(caplog):
    with caplog.at_level(logging.WARNING, logger="ui.translations"):
        assert language_for("klingon") == system_language()
    assert "window_language 'klingon' is not one of en, es, pt_BR, fr, ru" in caplog.text
    assert language_for("fr") == "fr"


def test_installing_a_language_replaces_the_one_before(qapp):
    assert install_translators(qapp, "ru") == "ru"
    assert QCoreApplication.translate("MainWindow", "Products") == "Товары"
    assert install_translators(qapp, "es") == "es"
    assert QCoreApplication.translate("MainWindow", "Products") == "Productos"
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Products") == "Products"
