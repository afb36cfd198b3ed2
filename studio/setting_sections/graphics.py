"""Settings ▸ Graphics: the stream graphics' look. Which graphics each scene shows is the scenes'
own (studio/scenes.py), edited on the same page."""

from __future__ import annotations

from overlays.theme import DEFAULT_THEME
from studio import setting_checks
from studio.setting_definitions import CONTEXT, QT_TRANSLATE_NOOP, Kind, Section, SettingDefinition

THEME_COLOUR, LOGO = "theme_colour", "logo"

DEFINITIONS = (
    SettingDefinition(
        THEME_COLOUR, Section.GRAPHICS, Kind.COLOUR, QT_TRANSLATE_NOOP(CONTEXT, "Theme colour"),
        QT_TRANSLATE_NOOP(CONTEXT, "The colour of the graphics' bands, prices and bars, as #rrggbb"),
        default=DEFAULT_THEME.brand, check=setting_checks.colour),
    SettingDefinition(
        LOGO, Section.GRAPHICS, Kind.FILE, QT_TRANSLATE_NOOP(CONTEXT, "Logo"),
        QT_TRANSLATE_NOOP(CONTEXT, "A PNG, JPEG or WebP picture shown in a corner of the stream"),
        check=setting_checks.picture_file, unset="(none)"),
)
