"""The languages Vitrina speaks, and which one a locale means.

Plain values (no Qt): the window_language setting offers them (studio/setting_sections/language.py),
and studio/translation.py loads each one's compiled Qt translation.
"""

from __future__ import annotations

ENGLISH = "en"
LANGUAGES = (ENGLISH, "es", "pt_BR", "fr", "ru")
SYSTEM_LANGUAGE = "system"  # the window follows the desktop's languages
# Each language by its own name, as a language list shows it to someone who reads only that one
LANGUAGE_NAMES = {
    ENGLISH: "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "ru": "Русский",
}


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
