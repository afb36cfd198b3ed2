"""What the first-run assistant asks, and how the answers are kept: the window's language, the
shop's currency and money locale (the demo catalog repriced in it), the canvas shows start with,
the camera and microphone, and a first destination (its key in the keyring) or none yet."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from studio.demo_catalog import price_demo_catalog
from studio.destinations import Saved, save_destination
from studio.money import MoneyError, format_money, normalise_currency
from studio.paths import Paths
from studio.setting_sections.audio import AUDIO_INPUT
from studio.setting_sections.language import WINDOW_LANGUAGE
from studio.setting_sections.video import CANVAS
from studio.settings import CURRENCY, LOCALE, get_setting, set_setting
from studio.storage import transaction
from studio.store import open_store
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

log = logging.getLogger(__name__)

DONE = "first_run_done"
CAMERA_SOURCE = "camera_source"  # a source spec: camera:/dev/video0, camera:0, testpattern
# The rest are the Settings dialog's: window_language, currency, locale, canvas, audio_input.


class Canvas(enum.Enum):
    LANDSCAPE = "1280x720"
    VERTICAL = "720x1280"

    @classmethod
    def of(cls, size: str) -> Canvas:
        """The shape of a stored WIDTHxHEIGHT: taller than wide is vertical (landscape when unreadable)."""
        width, _, height = size.lower().partition("x")
        try:
            return cls.VERTICAL if int(height) > int(width) else cls.LANDSCAPE
        except ValueError:
            return cls.LANDSCAPE


@dataclass(frozen=True)
class FirstDestination:
    name: str
    url: str
    key: str | None  # never logged, kept only in the keyring

    def __repr__(self) -> str:
        return f"FirstDestination(name={self.name!r}, url={self.url!r}, key=****)"


@dataclass(frozen=True)
class FirstRunChoices:
    language: str  # the window's: en, es, pt_BR, fr, ru
    currency: str
    locale: str
    canvas: Canvas
    camera: str
    microphone: str
    destination: FirstDestination | None  # None: rehearse first


class FirstRunError(Refusal):
    """An answer that cannot be kept; the message names the field."""


def needs_first_run(db: Database) -> bool:
    """A new data folder: the assistant has not run (nor been skipped) and no show has ever run."""
    if get_setting(db, DONE, ""):
        return False
    return db.execute("SELECT count(*) FROM shows").fetchone()[0] == 0


def check_choices(choices: FirstRunChoices) -> FirstRunChoices:
    """The choices with the currency in upper case, or FirstRunError naming the field."""
    try:
        currency = normalise_currency(choices.currency)
    except MoneyError as error:
        raise FirstRunError(QT_TRANSLATE_NOOP("Refusals", "currency: %1"), error) from error
    try:
        format_money(0, currency, choices.locale)
    except MoneyError as error:
        raise FirstRunError(QT_TRANSLATE_NOOP("Refusals", "money format: %1"), error) from error
    return FirstRunChoices(choices.language, currency, choices.locale.replace("-", "_"), choices.canvas,
                           choices.camera, choices.microphone, choices.destination)


def apply_first_run(paths: Paths, choices: FirstRunChoices) -> Saved | None:
    """Keeps every answer (the destination first: a bad URL or key keeps nothing). Off the GUI thread."""
    choices = check_choices(choices)
    db = open_store(paths)
    try:
        saved = None
        if choices.destination is not None:
            destination = choices.destination
            saved = save_destination(db, destination.name, destination.url, destination.key)
        with transaction(db):
            set_setting(db, WINDOW_LANGUAGE, choices.language)
            set_setting(db, CURRENCY, choices.currency)
            set_setting(db, LOCALE, choices.locale)
            stored = get_setting(db, CANVAS, "")
            if not stored or Canvas.of(stored) is not choices.canvas:  # a stored 1080x1920 stays when vertical
                set_setting(db, CANVAS, choices.canvas.value)
            set_setting(db, CAMERA_SOURCE, choices.camera)
            set_setting(db, AUDIO_INPUT, choices.microphone)
            price_demo_catalog(db, choices.currency)
            set_setting(db, DONE, "1")
    finally:
        db.conn.close()
    log.info("first run: %s, %s in %s, canvas %s, %s", choices.language, choices.currency, choices.locale,
             choices.canvas.value, "a destination saved" if saved else "rehearse first")
    return saved


def skip_first_run(paths: Paths) -> None:
    db = open_store(paths)
    try:
        set_setting(db, DONE, "1")
    finally:
        db.conn.close()


def stored_camera(db: Database, found: str) -> str:
    """The camera the assistant chose, or `found` (the camera there now, or the test pattern)
    when it chose none or the one it chose is gone."""
    camera = get_setting(db, CAMERA_SOURCE, "") or found
    if camera.startswith("camera:/") and not Path(camera.removeprefix("camera:")).exists():
        log.info("the chosen camera %s is not here; the show opens with %s", camera, found)
        return found
    return camera


@dataclass(frozen=True)
class StoredAnswers:
    """What the assistant shows when it opens again: the answers kept, or '' where none is."""

    language: str
    currency: str
    locale: str
    canvas: str


def stored_answers(paths: Paths) -> StoredAnswers:
    db = open_store(paths, seed_demo=False)
    try:
        return StoredAnswers(get_setting(db, WINDOW_LANGUAGE, ""), get_setting(db, CURRENCY, ""),
                             get_setting(db, LOCALE, ""), get_setting(db, CANVAS, ""))
    finally:
        db.conn.close()
