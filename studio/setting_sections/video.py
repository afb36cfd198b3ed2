"""Settings ▸ Video: what a show is encoded at, unless `vitrina run` is told otherwise."""

from __future__ import annotations

from studio import setting_checks
from studio.run_options import FPS_CHOICES, rate_name
from studio.setting_definitions import Choice, Kind, Section, SettingDefinition
from studio.translatable import QT_TRANSLATE_NOOP

CANVAS, FPS, BITRATE, PRESET = "canvas", "frame_rate", "bitrate", "encoder_preset"
PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium")

DEFINITIONS = (
    SettingDefinition(
        CANVAS, Section.VIDEO, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Canvas"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The picture's size, WIDTHxHEIGHT, both even: upright 1080x1920 for TikTok, Reels "
                          "and Shorts"),
        default="1280x720", check=setting_checks.canvas, open_choices=True,
        choices=(Choice("1920x1080", QT_TRANSLATE_NOOP("SettingDefinitions", "1920x1080 (landscape, 1080p)")),
                 Choice("1280x720", QT_TRANSLATE_NOOP("SettingDefinitions", "1280x720 (landscape, 720p)")),
                 Choice("1080x1920", QT_TRANSLATE_NOOP("SettingDefinitions", "1080x1920 (vertical, 1080p)")),
                 Choice("720x1280", QT_TRANSLATE_NOOP("SettingDefinitions", "720x1280 (vertical, 720p)")))),
    SettingDefinition(
        FPS, Section.VIDEO, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Frame rate"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Frames per second; 30 suits most platforms"),
        default="30", check=setting_checks.fps,
        choices=tuple(Choice(rate_name(rate), rate_name(rate)) for rate in FPS_CHOICES)),
    SettingDefinition(
        BITRATE, Section.VIDEO, Kind.INTEGER, QT_TRANSLATE_NOOP("SettingDefinitions", "Video bitrate (kbit/s)"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "How much picture a second is sent, e.g. 3000 at 720p, 4500 at 1080p"),
        default="3000", check=setting_checks.bitrate),
    SettingDefinition(
        PRESET, Section.VIDEO, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Encoder preset"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Faster presets leave the computer more to spare, slower ones look better at the "
                          "same bitrate"),
        default="veryfast", check=lambda text: text.strip().lower(),
        choices=tuple(Choice(preset, preset) for preset in PRESETS)),
)
