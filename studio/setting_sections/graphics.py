"""Settings ▸ Graphics: the stream graphics' look. Which graphics each scene shows is the scenes'
own (studio/scenes.py), edited on the same page."""

from __future__ import annotations

from dataclasses import replace

from overlays.theme import DEFAULT_THEME
from studio import setting_checks
from studio.setting_definitions import Kind, Section, SettingDefinition, SettingError
from studio.translatable import QT_TRANSLATE_NOOP

THEME_COLOUR, LOGO = "theme_colour", "logo"


def _legible_colour(text: str) -> str:
    """A colour the graphics can carry: white text on it, and it on the cards' panels, keep 4.5:1."""
    colour = setting_checks.colour(text)
    try:
        replace(DEFAULT_THEME, brand=colour)
    except ValueError as error:
        reason = str(error).removeprefix("theme ")
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is hard to read on stream (%2): choose a darker or deeper colour"), colour, reason) from None
    return colour

DEFINITIONS = (
    SettingDefinition(
        THEME_COLOUR, Section.GRAPHICS, Kind.COLOUR, QT_TRANSLATE_NOOP("SettingDefinitions", "Theme colour"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The colour of the graphics' bands, prices and bars, as #rrggbb"),
        default=DEFAULT_THEME.brand, check=_legible_colour),
    SettingDefinition(
        LOGO, Section.GRAPHICS, Kind.FILE, QT_TRANSLATE_NOOP("SettingDefinitions", "Logo"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "A PNG, JPEG or WebP picture shown in a corner of the stream"),
        check=setting_checks.picture_file, unset="(none)"),
)
