"""The compiled Qt translations of Vitrina's languages (resources/translations/*.qm).

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
from studio.languages import LANGUAGES

log = logging.getLogger(__name__)

TRANSLATIONS = resource_path("translations")
CATALOG = "vitrina"  # vitrina_pt_BR.qm

_translators: dict[str, QTranslator] = {}
_lock = threading.Lock()


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
