"""Settings ▸ Graphics: the stream graphics' look. Which graphics each scene shows is the scenes'
own (studio/scenes.py), edited on the same page."""

from __future__ import annotations

from overlays.contrast import LEGIBLE
from overlays.theme import DEFAULT_THEME, illegible_pair
from studio import setting_checks
from studio.setting_definitions import Kind, Section, SettingDefinition, SettingError
from studio.translatable import QT_TRANSLATE_NOOP

THEME_COLOUR, LOGO = "theme_colour", "logo"
ON_PANEL = QT_TRANSLATE_NOOP("Refusals", "%1 is hard to read on stream: on the card's panel it has a contrast of %2:1 "
                             "over some pictures, and at least %3:1 is needed; choose a darker or deeper colour")
WHITE_ON_IT = QT_TRANSLATE_NOOP("Refusals", "%1 is hard to read on stream: white text on it has a contrast of %2:1, "
                                "and at least %3:1 is needed; choose a darker or deeper colour")


def _legible_colour(text: str) -> str:
    """A colour the graphics can carry: white text on it, and it on the cards' panels, keep 4.5:1."""
    colour = setting_checks.colour(text)
    failing = illegible_pair(DEFAULT_THEME.colours() | {"brand": colour}, DEFAULT_THEME.surface_opacity)
    if failing is not None:  # only the theme colour changed, so a pair that falls short has it on one side
        raise SettingError(ON_PANEL if failing.text == "brand" else WHITE_ON_IT, colour, f"{failing.ratio:.1f}", f"{LEGIBLE:g}")
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
