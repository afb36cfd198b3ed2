"""Settings ▸ Audio: the show's sound, unless `vitrina run` is told otherwise. The page lists the
machine's microphones beside these choices."""

from __future__ import annotations

from studio import setting_checks
from studio.setting_definitions import Choice, Kind, Section, SettingDefinition
from studio.translatable import QT_TRANSLATE_NOOP

AUDIO_INPUT, AUDIO_GAIN = "audio_input", "audio_gain"

DEFINITIONS = (
    SettingDefinition(
        AUDIO_INPUT, Section.AUDIO, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Input"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Where the show's sound comes from: a microphone, a test tone, a file (file:PATH) "
                          "or none"),
        default="tone", check=setting_checks.audio_input, open_choices=True,
        choices=(Choice("mic", QT_TRANSLATE_NOOP("SettingDefinitions", "The system's default microphone")),
                 Choice("tone", QT_TRANSLATE_NOOP("SettingDefinitions", "A test tone")),
                 Choice("none", QT_TRANSLATE_NOOP("SettingDefinitions", "No sound")))),
    SettingDefinition(
        AUDIO_GAIN, Section.AUDIO, Kind.NUMBER, QT_TRANSLATE_NOOP("SettingDefinitions", "Gain (dB)"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Louder or softer than the input gives it, from -60 to +20 dB; 0 leaves it"),
        default="0", check=setting_checks.gain),
)
