"""Every store setting the dialog and `vitrina settings` know, in page order."""

from __future__ import annotations

from studio.setting_definitions import Rule, Section, SettingDefinition, SettingError
from studio.setting_sections import audio, carts, chat, graphics, language, remote, shop, video
from studio.translatable import QT_TRANSLATE_NOOP

DEFINITIONS: tuple[SettingDefinition, ...] = (
    *video.DEFINITIONS, *audio.DEFINITIONS, *chat.DEFINITIONS, *shop.DEFINITIONS, *carts.DEFINITIONS, *graphics.DEFINITIONS,
    *language.DEFINITIONS, *remote.DEFINITIONS,
)
RULES: tuple[Rule, ...] = (remote.rules,)  # checks across settings
BY_NAME = {definition.name: definition for definition in DEFINITIONS}
if len(BY_NAME) != len(DEFINITIONS):
    raise RuntimeError("two settings have the same name")


def definition(name: str) -> SettingDefinition:
    found = BY_NAME.get(name.strip())
    if found is None:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: no such setting; there are %2"), name, ', '.join(BY_NAME))
    return found


def in_section(section: Section) -> tuple[SettingDefinition, ...]:
    return tuple(definition for definition in DEFINITIONS if definition.section is section)
