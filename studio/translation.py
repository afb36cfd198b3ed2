"""The languages Vitrina speaks and their compiled Qt translations (resources/translations/*.qm).

One translation system serves the window and the stream: the window installs these files
app-wide (ui/translations.py); the stream asks a translator for the show's language directly
(studio/stream_words.py), so the two can speak different languages at once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QTranslator

from resources import resource_path

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGES = (ENGLISH, "es", "pt_BR", "fr", "ru")
# Each language by its own name, as a language list shows it to someone who reads only that one
LANGUAGE_NAMES = {
    ENGLISH: "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "ru": "Русский",
}
TRANSLATIONS = resource_path("translations")
CATALOG = "vitrina"  # vitrina_pt_BR.qm

_translators: dict[str, QTranslator] = {}
_lock = threading.Lock()


def translation_language(locale: str) -> str:
    """The language of ours closest to `locale` ("pt_PT" and "pt-BR" are pt_BR, "es_MX" is es);
    English when none is near."""
    parts = locale.replace("-", "_").split("_")
    language = parts[0].lower()
    exact = f"{language}_{parts[1].upper()}" if len(parts) > 1 else language
    if exact in LANGUAGES:
        return exact
    for ours in LANGUAGES:
        if ours.split("_")[0] == language:
            return ours
    return ENGLISH


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.qm"


def translator(language: str) -> QTranslator:
    """The loaded translator of one of LANGUAGES, made once and shared (reading it is thread-safe).
    A missing file leaves it empty, so words read as their English source; the log says so."""
    if language not in LANGUAGES:
        raise ValueError(f"'{language}' is not one of Vitrina's languages ({', '.join(LANGUAGES)})")
    with _lock:
        found = _translators.get(language)
        if found is None:
            found = QTranslator()
            if not found.load(str(qm_file(language))):
                log.warning("no translation file %s: the words stay in English", qm_file(language))
            _translators[language] = found
        return found
