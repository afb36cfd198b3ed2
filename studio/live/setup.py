"""Building a show's parts from its settings and the store: the scene, the pinned product, the
graphics, the sources its scenes need and the audio inputs. Everything here can fail with a
ShowSettingError before any thread starts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from media.audio.file_source import AudioFileSource
from media.audio.microphone import MicrophoneSource
from media.pipeline import Pipeline
from media.source import Source, SourceError
from overlays.painter_app import ensure_painter_app
from studio.analytics.viewer_sources import ViewerSpecError, parse_viewer_specs
from studio.catalog import Product, find_by_code, list_products
from studio.chat.connectors import check_chat_spec
from studio.chat.irc import ChatSpecError
from studio.commerce.keywords import card_keyword, load_keywords
from studio.live.settings import PIN_FIRST, ShowSettingError, ShowSettings
from studio.overlay_views import TICKER_ITEMS
from studio.paths import Paths
from studio.scenes import CAMERA, CAMERA_SCENE, PRODUCT_SCENE, SCREEN, StoredScene, list_scenes
from studio.settings import store_locale
from studio.show_defaults import show_look
from studio.show_overlays import ShowLook, ShowOverlays
from studio.source_spec import make_source, screen_or_pattern
from studio.store import open_store
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreView:
    """What the show takes from the store before it starts."""

    pinned: Product | None
    ticker: list[Product]  # the first active products, never a 50,000-product catalog
    locale: str
    scenes: tuple[StoredScene, ...]
    scene: StoredScene  # the program's first scene
    keyword: str  # the word the card tells viewers to type
    look: ShowLook  # the theme colour, the logo, the shop's checkout link
    viewers: tuple[str, ...] = ()  # where the live viewer count is read (checked specs)


def read_store(paths: Paths, settings: ShowSettings) -> StoreView:
    db = open_store(paths)
    try:
        pinned = _pinned(db, settings.pin)
        if settings.pin and pinned is None:
            raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--pin %1: no product has that code (see `vitrina products`)"), settings.pin)
        scenes = tuple(list_scenes(db))
        scene = find_stored_scene(scenes, settings.scene or (PRODUCT_SCENE if pinned else CAMERA_SCENE), "--scene")
        locale = store_locale(db)
        ticker = list_products(db, status="active", limit=TICKER_ITEMS)
        return StoreView(pinned, ticker, locale, scenes, scene, card_keyword(load_keywords(db), locale), show_look(db),
                         _viewer_specs(settings))
    finally:
        db.conn.close()


def _pinned(db: Database, pin: str | None) -> Product | None:
    if pin == PIN_FIRST:
        return next((product for product in list_products(db, status="active", limit=200)
                     if product.total_stock is None or product.total_stock > 0), None)
    return find_by_code(db, pin) if pin else None


def _viewer_specs(settings: ShowSettings) -> tuple[str, ...]:
    """The viewer counts the show reads, checked; none in a rehearsal, which nobody watches."""
    if settings.rehearsal:
        return ()
    try:
        return parse_viewer_specs(" ".join(settings.viewers))
    except ViewerSpecError as error:
        raise ShowSettingError(PASSED_ON, error) from error


def find_stored_scene(scenes: tuple[StoredScene, ...], name: str, setting: str = "scene") -> StoredScene:
    found = next((scene for scene in scenes if scene.name.lower() == name.strip().lower()), None)
    if found is None:
        names = ", ".join(scene.name for scene in scenes)
        raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "%1 %2: no such scene; there are %3"), setting, name, names)
    return found


def check_chat(settings: ShowSettings) -> None:
    for spec in settings.chat:
        try:
            check_chat_spec(spec)
        except ChatSpecError as error:
            raise ShowSettingError(PASSED_ON, error) from error
        if spec.partition(":")[0] == "rehearsal" and not settings.rehearsal:
            raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--chat %1: the rehearsal audience only comes to a rehearsal (--rehearsal): its orders would mix with real ones"), spec)


def make_sources(settings: ShowSettings, scenes: tuple[StoredScene, ...]) -> dict[str, Source]:
    try:
        sources = {CAMERA: make_source(settings.source, settings.width, settings.height, float(settings.fps))}
    except SourceError as error:
        raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--source %1"), error) from error
    if any(layer.target == SCREEN for scene in scenes for layer in scene.layers if layer.kind == "source"):
        sources[SCREEN] = screen_or_pattern(settings.width, settings.height, float(settings.fps))
    return sources


def make_overlays(settings: ShowSettings, view: StoreView) -> ShowOverlays:
    ensure_painter_app()
    return ShowOverlays(settings.width, settings.height, view.locale, view.ticker, view.keyword, view.look)


def add_audio(pipeline: Pipeline, spec: str, gain_db: float = 0.0) -> None:
    kind, _, value = spec.partition(":")
    if kind == "none":
        return
    if kind == "tone" and not value:
        pipeline.add_tone(gain_db)
        return
    try:
        if kind == "file" and value:
            path = Path(value).expanduser()
            if not path.is_file():
                raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--audio %1: there is no file %2"), spec, path)
            pipeline.add_audio("file", lambda buffer: AudioFileSource(path, buffer), gain_db)
            return
        if kind == "mic":
            pipeline.add_audio("mic", lambda buffer: MicrophoneSource(buffer, value or None), gain_db)
            return
    except SourceError as error:
        raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--audio %1"), error) from error
    raise ShowSettingError(QT_TRANSLATE_NOOP("Refusals", "--audio %1: use tone, none, mic[:DEVICE] or file:PATH"), spec)
