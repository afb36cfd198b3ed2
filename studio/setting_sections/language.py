"""Settings ▸ Language: the window's language (the stream follows the show's locale instead)."""

from __future__ import annotations

from studio.setting_definitions import CONTEXT, QT_TRANSLATE_NOOP, Choice, Kind, Section, SettingDefinition

WINDOW_LANGUAGE, SYSTEM = "window_language", "system"

DEFINITIONS = (
    SettingDefinition(
        WINDOW_LANGUAGE, Section.LANGUAGE, Kind.CHOICE, QT_TRANSLATE_NOOP(CONTEXT, "Window language"),
        QT_TRANSLATE_NOOP(CONTEXT, "The language of menus, docks and dialogs; the system's unless chosen"),
        default=SYSTEM, next_start=True,
        choices=(Choice(SYSTEM, QT_TRANSLATE_NOOP(CONTEXT, "The system's language")),
                 Choice("en", "English"), Choice("es", "Español"), Choice("pt_BR", "Português (Brasil)"),
                 Choice("fr", "Français"), Choice("ru", "Русский"))),
)
