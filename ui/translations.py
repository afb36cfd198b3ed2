"""The window's language: Vitrina's own words and Qt's (standard dialogs' buttons), installed app-wide.

The language comes from the store's `window_language` setting (studio.settings.window_language,
defined in studio/setting_sections/language.py): "system" follows the desktop's languages
(QLocale.system().uiLanguages()), or one of studio.languages.LANGUAGES. Widgets take their words
when they are built, so a change shows fully from the next start (the Language page says so).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.languages import ENGLISH, LANGUAGES, SYSTEM_LANGUAGE, translation_language
from studio.translation import qm_file

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """The first of the desktop's languages that Vitrina speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        language = translation_language(name)
        if language != ENGLISH or name.lower().startswith(ENGLISH):
            return language
    return ENGLISH


def language_for(setting: str) -> str:
    """The language a `window_language` setting means ("system" or one of LANGUAGES)."""
    if setting == SYSTEM_LANGUAGE:
        return system_language()
    if setting not in LANGUAGES:
        log.warning("window_language %r is not one of %s: following the system", setting, ", ".join(LANGUAGES))
        return system_language()
    return setting


def install_translators(app: QCoreApplication, setting: str = SYSTEM_LANGUAGE) -> str:
    """Installs Vitrina's and Qt's translations for `setting` in place of any installed before,
    and returns the language chosen (e.g. "pt_BR")."""
    language = language_for(setting)
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(qm_file(language))):
        _installed.append(ours)
    else:
        log.warning("no translation file %s: the window stays in English", qm_file(language))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    elif language != ENGLISH:
        log.info("Qt has no qtbase_%s translation: its standard dialogs stay in English", language)
    for translator in _installed:
        app.installTranslator(translator)
    return language
