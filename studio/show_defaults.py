"""What a show opens with unless told otherwise: the Video, Audio and Chat settings in the store
(and the Graphics' look),
for `vitrina run` (whose options override them) and the window's shows alike. A value the store
holds that its check refuses (an old file edited by hand) gives way to the default, and the log says so."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlite_utils import Database

from overlays.theme import DEFAULT_THEME
from studio.live.settings import ShowSettings
from studio.paths import Paths
from studio.run_options import canvas_size, frame_rate
from studio.setting_catalog import definition
from studio.setting_definitions import SettingError
from studio.setting_sections.audio import AUDIO_GAIN, AUDIO_INPUT
from studio.setting_sections.chat import CHAT_CONNECTORS
from studio.setting_sections.graphics import LOGO, THEME_COLOUR
from studio.setting_sections.shop import CHECKOUT_URL
from studio.setting_sections.video import BITRATE, CANVAS, FPS, PRESET
from studio.settings import get_setting
from studio.show_overlays import ShowLook
from studio.store import store_session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShowDefaults:
    """The stored values, checked, as the show takes them."""

    width: int
    height: int
    fps: str
    video_kbps: int
    preset: str
    audio: str
    audio_gain_db: float
    chat: tuple[str, ...]

    def settings(self, source: str) -> ShowSettings:
        """A show with these defaults from `source` (the camera the studio found)."""
        return self.applied_to(ShowSettings(source=source))

    def applied_to(self, settings: ShowSettings) -> ShowSettings:
        """`settings` with these defaults in place of its own (its source, scene and pin kept)."""
        return replace(settings, width=self.width, height=self.height, fps=frame_rate(self.fps),
                       video_kbps=self.video_kbps, preset=self.preset, audio=self.audio,
                       audio_gain_db=self.audio_gain_db, chat=self.chat)


def read_show_defaults(paths: Paths) -> ShowDefaults:
    with store_session(paths) as db:
        return show_defaults(db)


def show_defaults(db: Database) -> ShowDefaults:
    size = canvas_size(_value(db, CANVAS))
    chat = _value(db, CHAT_CONNECTORS)
    return ShowDefaults(size.width, size.height, _value(db, FPS), int(_value(db, BITRATE)), _value(db, PRESET),
                        _value(db, AUDIO_INPUT), float(_value(db, AUDIO_GAIN)), tuple(chat.splitlines()))


def show_look(db: Database) -> ShowLook:
    """How the graphics look: the theme colour on the default theme, the logo, the checkout link."""
    theme = replace(DEFAULT_THEME, brand=_value(db, THEME_COLOUR))
    return ShowLook(theme, _value(db, LOGO), _value(db, CHECKOUT_URL))


def _value(db: Database, name: str) -> str:
    chosen = definition(name)
    stored = get_setting(db, name, chosen.default)
    try:
        return chosen.checked(stored)
    except SettingError as error:
        log.warning("%s; the default %s is used instead", error, chosen.default)
        return chosen.checked(chosen.default)
