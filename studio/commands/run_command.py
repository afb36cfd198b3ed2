"""`vitrina run`: the show without a window, for rehearsal, automation and tests.

Starts a show (its id is printed first), composes the scene (with --pin, the product's card
and the price ticker over it), publishes to every --rtmp and --whip destination, records with
--record, reads chat with --chat, prints one stats line a second to stderr, and stops cleanly
on SIGINT, SIGTERM or at --duration. While it runs, `vitrina pin`, `vitrina flash-sale` and
`vitrina question ID feature` from another terminal reach the stream within a second.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from media.audio.file_source import AudioFileSource
from media.audio.microphone import MicrophoneSource
from media.encoder import EncoderSettings
from media.output import Output
from media.outputs.recording import RecordingOutput
from media.outputs.rtmp import RtmpOutput
from media.pipeline import Pipeline
from media.whip.output import WhipOutput
from media.source import SourceError
from studio.catalog import Product, find_by_code, list_products
from studio.chat.connectors import SPECS as CHAT_SPECS
from studio.chat.connectors import check_chat_spec
from studio.chat.irc import ChatSpecError
from studio.commerce.keywords import card_keyword, load_keywords
from studio.chat.shop_floor import ShopFloor
from studio.paths import Paths
from studio.run_options import (
    RunOptionError,
    check_fps,
    check_record_path,
    check_rtmp_url,
    check_whip_url,
    parse_size,
)
from studio.secrets import twitch_token, whip_token
from studio.overlay_views import TICKER_ITEMS
from studio.settings import store_locale
from studio.scenes import CAMERA, CAMERA_SCENE, PRODUCT_CARD, PRODUCT_SCENE, SCREEN, StoredScene, find_scene, list_scenes
from studio.source_spec import SPECS, make_source, screen_or_pattern
from studio.show_director import ShowDirector
from studio.show_overlays import ShowOverlays
from studio.shows import end_show, pin_product, start_show
from studio.store import open_store, store_session

log = logging.getLogger(__name__)

__all__ = ["RunOptionError", "add_parser", "run"]


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("run", parents=[common], help="run the show without a window",
                                    description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1280x720", help="canvas WIDTHxHEIGHT (default 1280x720)")
    parser.add_argument("--fps", type=float, default=30.0, help="24, 25, 30 or 60 (default 30)")
    parser.add_argument("--source", default="testpattern", help=f"{SPECS} (default testpattern)")
    parser.add_argument("--audio", default="tone", help="tone (default), none, mic[:DEVICE] or file:PATH (looped)")
    parser.add_argument("--record", metavar="FILE", help="record to FILE (.mkv, or .mp4 remuxed at the end)")
    parser.add_argument("--rtmp", metavar="URL", action="append", default=[], help="publish to URL (repeatable)")
    parser.add_argument("--whip", metavar="URL", action="append", default=[],
                        help="publish over WebRTC to a WHIP endpoint (repeatable); the bearer token comes from "
                        "VITRINA_WHIP_TOKEN or the system keyring, never the command line")
    parser.add_argument("--bitrate", type=int, default=3000, help="video bitrate in kbit/s (default 3000)")
    parser.add_argument("--duration", type=float, metavar="SECONDS", help="stop after SECONDS")
    parser.add_argument("--pin", metavar="CODE", help="show this product's card and the price ticker")
    parser.add_argument("--chat", metavar="SPEC", action="append", default=[],
                        help=f"read chat from {CHAT_SPECS} (repeatable); buy comments become orders")
    parser.add_argument("--scene", metavar="NAME", help="the scene to show (default: Camera + Product with --pin, else Camera)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    size, fps = parse_size(args.size), check_fps(args.fps)
    urls = [check_rtmp_url(url) for url in args.rtmp]
    whips = [check_whip_url(url) for url in args.whip]
    record = check_record_path(args.record) if args.record else None
    try:
        source = make_source(args.source, size.width, size.height, fps)
    except SourceError as error:
        raise RunOptionError(f"--source {error}") from error
    store = _store_view(paths, args.pin, args.scene)
    pinned, scene = store.pinned, store.scene
    for spec in args.chat:
        _check_chat(spec)
    outputs: list[Output] = [RtmpOutput(url) for url in urls]
    outputs += [WhipOutput(url, whip_token(url), args.bitrate) for url in whips]
    if record is not None:
        outputs.append(RecordingOutput(record))
    shows_card = PRODUCT_CARD in scene.overlays()
    if pinned is not None and not shows_card:
        log.warning("the scene %s has no product card: --pin %s shows nothing", scene.name, args.pin)
    overlays = _overlays(size.width, size.height, store)
    sources = {CAMERA: source}
    if any(layer.target == SCREEN for layer in scene.layers):
        sources[SCREEN] = screen_or_pattern(size.width, size.height, fps)
    pipeline = Pipeline(
        EncoderSettings(size.width, size.height, fps, args.bitrate), sources,
        scene.to_media(size.width, size.height), outputs, audio=args.audio != "none", overlays=overlays,
    )
    _add_audio(pipeline, args.audio)
    show_id = _start_show(paths, pinned)
    director = ShowDirector(paths.database, show_id, overlays, shows_card)
    director.tick_once()
    chat = ShopFloor(paths.database, show_id, args.chat, twitch_token()) if args.chat else None
    director.start()
    if chat is not None:
        chat.start()
    try:
        _run_until_stopped(pipeline, args.duration, chat.status_line if chat is not None else None)
    finally:
        if chat is not None:
            chat.stop()
        director.stop()
        _end_show(paths, show_id, chat.orders if chat is not None else 0)
    return 0


def _check_chat(spec: str) -> None:
    try:
        check_chat_spec(spec)
    except ChatSpecError as error:
        raise RunOptionError(str(error)) from error


def _start_show(paths: Paths, pinned: Product | None) -> int:
    db = open_store(paths)
    try:
        show_id = start_show(db, "vitrina run")
        if pinned is not None:
            pin_product(db, show_id, pinned.id)
    finally:
        db.conn.close()
    print(f"vitrina run: show {show_id}", file=sys.stderr, flush=True)
    return show_id


def _end_show(paths: Paths, show_id: int, orders: int) -> None:
    with store_session(paths) as db:
        end_show(db, show_id)
    print(f"vitrina run: show {show_id}: {orders} orders", file=sys.stderr, flush=True)


def _add_audio(pipeline: Pipeline, spec: str) -> None:
    kind, _, value = spec.partition(":")
    if kind == "none":
        return
    if kind == "tone" and not value:
        pipeline.add_tone()
        return
    if kind == "file" and value:
        path = Path(value).expanduser()
        if not path.is_file():
            raise RunOptionError(f"--audio {spec}: there is no file {path}")
        try:
            pipeline.add_audio("file", lambda buffer: AudioFileSource(path, buffer))
        except SourceError as error:
            raise RunOptionError(f"--audio {error}") from error
        return
    if kind == "mic":
        try:
            pipeline.add_audio("mic", lambda buffer: MicrophoneSource(buffer, value or None))
        except SourceError as error:
            raise RunOptionError(f"--audio {error}") from error
        return
    raise RunOptionError(f"--audio {spec}: use tone, none, mic[:DEVICE] or file:PATH")


@dataclass(frozen=True)
class _StoreView:
    """What the show takes from the store before it starts."""

    pinned: Product | None
    catalog: list[Product]  # what the ticker shows
    locale: str
    scene: StoredScene
    keyword: str  # the word the card tells viewers to type


def _store_view(paths: Paths, code: str | None, scene_name: str | None) -> _StoreView:
    db = open_store(paths)
    try:
        pinned = find_by_code(db, code) if code else None
        if code and pinned is None:
            raise RunOptionError(f"--pin {code}: no product has that code (see `vitrina products`)")
        wanted = scene_name or (PRODUCT_SCENE if pinned else CAMERA_SCENE)
        scene = find_scene(db, wanted)
        if scene is None:
            names = ", ".join(stored.name for stored in list_scenes(db))
            raise RunOptionError(f"--scene {wanted}: no such scene; there are {names}")
        locale = store_locale(db)
        ticker = list_products(db, status="active", limit=TICKER_ITEMS)  # not a 50,000-product catalog
        return _StoreView(pinned, ticker, locale, scene, card_keyword(load_keywords(db), locale))
    finally:
        db.conn.close()


def _overlays(width: int, height: int, view: _StoreView) -> ShowOverlays:
    from PySide6.QtGui import QGuiApplication

    # QPainter text needs a Qt application; without a display, the offscreen platform serves.
    if QGuiApplication.instance() is None:
        _run_until_stopped.app = QGuiApplication(["vitrina", "-platform", "offscreen"])  # type: ignore[attr-defined]
    return ShowOverlays(width, height, view.locale, view.catalog, view.keyword)


def _run_until_stopped(pipeline: Pipeline, duration: float | None, chat_status: Callable[[], str] | None = None) -> None:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    pipeline.start()
    print("vitrina run: started; Ctrl+C stops", file=sys.stderr, flush=True)
    elapsed = 0.0
    try:
        while not stop.wait(1.0):
            elapsed += 1.0
            print(pipeline.stats().line(), file=sys.stderr, flush=True)
            if chat_status is not None:
                print(chat_status(), file=sys.stderr, flush=True)
            if duration is not None and elapsed >= duration:
                break
    finally:
        pipeline.stop()
    print(pipeline.stats().line(), file=sys.stderr, flush=True)
    print("vitrina run: stopped", file=sys.stderr, flush=True)
