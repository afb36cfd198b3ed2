"""Settings ▸ Language: the window's language (the stream follows the show's locale instead).
The languages and their names are studio/languages.py's; ui/translations.py installs the choice."""

from __future__ import annotations

from studio.languages import LANGUAGE_NAMES, LANGUAGES, SYSTEM_LANGUAGE
from studio.setting_definitions import Choice, Kind, Section, SettingDefinition
from studio.settings import WINDOW_LANGUAGE
from studio.translatable import QT_TRANSLATE_NOOP

SYSTEM = SYSTEM_LANGUAGE

DEFINITIONS = (
    SettingDefinition(
        WINDOW_LANGUAGE, Section.LANGUAGE, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Window language"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The language of menus, docks and dialogs; the system's unless chosen"),
        default=SYSTEM, next_start=True,
        choices=(Choice(SYSTEM, QT_TRANSLATE_NOOP("SettingDefinitions", "The system's language")),
                 *(Choice(language, LANGUAGE_NAMES[language]) for language in LANGUAGES))),
)
