"""`vitrina run`: the show without a window, for rehearsal, automation and tests.

Opens a live show (its id is printed first) on the scene (with --pin, the product's card
and the price ticker over it), publishes to saved destinations (--to NAME) and to every --rtmp
and --whip address, records with --record, reads chat with --chat, prints one stats line a
second and every change of a part's state to stderr, and ends cleanly on SIGINT, SIGTERM or at
--duration. While it runs, `vitrina pin`, `vitrina flash-sale` and `vitrina question ID feature`
from another terminal reach the stream within a second. With --rehearsal it runs on a copy of
the store and publishes nothing; `vitrina show-report --rehearsal` reads its report after.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from typing import Any

from media.redact import redact_url
from studio.chat.connectors import SPECS as CHAT_SPECS
from studio.destinations import DestinationError, DestinationKind, ResolvedDestination, resolve_destinations
from studio.live.events import PartChanged, PartRole, RecordingStopped, ShowEnded, ShowEvent
from studio.live.settings import ShowSettingError, ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.remote.launch import PASSWORD_WHERE, RemoteLaunch, prepare_remote, start_remote
from studio.remote.server import RemoteServer, RemoteServerError
from studio.remote.settings import RemoteSettingError
from studio.run_options import (
    CanvasSize,
    RunOptionError,
    check_fps,
    check_record_path,
    check_rtmp_url,
    check_whip_url,
    parse_size,
)
from studio.secrets import whip_token
from studio.setting_sections.video import PRESETS
from studio.show_defaults import show_defaults
from studio.source_spec import SPECS
from studio.store import store_session

log = logging.getLogger(__name__)

__all__ = ["RunOptionError", "add_parser", "run"]

SHOWN_ROLES = (PartRole.DESTINATION, PartRole.RECORDING)  # other parts are printed only when they fail


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("run", parents=[common], help="run the show without a window",
                                    description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", help="canvas WIDTHxHEIGHT (default: the canvas setting, at first 1280x720)")
    parser.add_argument("--fps", type=str, metavar="RATE",
                        help="frames per second: 15, 20, 24, 25, 29.97 (or 30000/1001), 30, 48, 50, "
                        "59.94 (or 60000/1001) or 60 (default: the frame_rate setting, at first 30)")
    parser.add_argument("--source", default="testpattern", help=f"{SPECS} (default testpattern)")
    parser.add_argument("--audio", help="tone, none, mic[:DEVICE] or file:PATH (looped) (default: the audio_input "
                        "setting, at first tone)")
    parser.add_argument("--record", metavar="FILE", help="record to FILE (.mkv, or .mp4 remuxed at the end)")
    parser.add_argument("--to", metavar="NAME", action="append", default=[],
                        help="publish to a saved destination (repeatable; see `vitrina destinations`)")
    parser.add_argument("--rtmp", metavar="URL", action="append", default=[],
                        help="publish to URL (repeatable); for quick tests: its key shows in the process list, "
                        "so save a destination and use --to instead")
    parser.add_argument("--whip", metavar="URL", action="append", default=[],
                        help="publish over WebRTC to a WHIP endpoint (repeatable); the bearer token comes from "
                        "VITRINA_WHIP_TOKEN or the system keyring, never the command line")
    parser.add_argument("--bitrate", type=int, help="video bitrate in kbit/s (default: the bitrate setting, at first 3000)")
    parser.add_argument("--preset", choices=PRESETS, help="x264's preset (default: the encoder_preset setting, at first "
                        "veryfast)")
    parser.add_argument("--duration", type=float, metavar="SECONDS", help="stop after SECONDS")
    parser.add_argument("--pin", metavar="CODE", help="show this product's card and the price ticker")
    parser.add_argument("--chat", metavar="SPEC", action="append", default=[],
                        help=f"read chat from {CHAT_SPECS} (repeatable); buy comments become orders (default: the "
                        "chat_connectors setting, but in a rehearsal)")
    parser.add_argument("--scene", metavar="NAME", help="the scene to show (default: Camera + Product with --pin, else Camera)")
    parser.add_argument("--rehearsal", action="store_true",
                        help="rehearse on a copy of the store: nothing is published, real stock is untouched")
    parser.add_argument("--remote", metavar="[HOST:]PORT",
                        help="take obs-websocket 5 remote control on PORT (4455 is what tools try), on 127.0.0.1 "
                        "unless HOST is given; the password is made on first use and kept in the system keyring")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    settings = _settings(args, paths)
    targets = _targets(args, paths)
    record = check_record_path(args.record) if args.record else None
    remote = _prepare_remote(args.remote) if args.remote else None
    if settings.rehearsal and targets:
        raise RunOptionError("--rehearsal publishes nothing: leave out --to, --rtmp and --whip")
    try:
        show = LiveShow(paths, settings)
    except ShowSettingError as error:
        raise RunOptionError(str(error)) from error
    show.subscribe(_print_event)
    show_id = show.open()
    mark = "rehearsal" if settings.rehearsal else "show"
    print(f"vitrina run: {mark} {show_id}", file=sys.stderr, flush=True)
    server: RemoteServer | None = None
    try:
        server = _start_remote(show, remote, targets) if remote is not None else None
        if record is not None:
            show.start_recording(record)
        if targets:
            show.go_live(targets)
        _run_until_stopped(show, args.duration)
    finally:
        if server is not None:
            server.stop()
        show.close()
    return 0


def _prepare_remote(address: str) -> RemoteLaunch:
    try:
        return prepare_remote(address)
    except RemoteSettingError as error:
        raise RunOptionError(str(error)) from error


def _start_remote(show: LiveShow, launch: RemoteLaunch, targets: list[ResolvedDestination]) -> RemoteServer:
    try:
        server = start_remote(show, launch, targets)
    except RemoteServerError as error:
        raise RunOptionError(f"--remote: {error}") from error
    print(f"vitrina run: remote control on {server.url}; {PASSWORD_WHERE}", file=sys.stderr, flush=True)
    return server


def _settings(args: argparse.Namespace, paths: Paths) -> ShowSettings:
    """The options given, else the store's settings (Settings ▸ Video, Audio, Chat)."""
    with store_session(paths) as db:
        stored = show_defaults(db)
    size = parse_size(args.size) if args.size is not None else CanvasSize(stored.width, stored.height)
    fps = check_fps(args.fps if args.fps is not None else stored.fps)
    bitrate = stored.video_kbps if args.bitrate is None else args.bitrate
    if bitrate <= 0:
        raise RunOptionError(f"--bitrate {bitrate}: give kbit/s, e.g. 3000")
    chat = tuple(args.chat) or (() if args.rehearsal else stored.chat)
    return ShowSettings(size.width, size.height, fps, bitrate, args.source, args.audio or stored.audio, args.scene,
                        args.pin, chat, args.rehearsal, preset=args.preset or stored.preset,
                        audio_gain_db=stored.audio_gain_db)


def _targets(args: argparse.Namespace, paths: Paths) -> list[ResolvedDestination]:
    urls = [check_rtmp_url(url) for url in args.rtmp]
    whips = [check_whip_url(url) for url in args.whip]
    if urls:
        log.warning("--rtmp: the stream key shows in the process list (ps) to every user of this machine; "
                    "save it with `vitrina destinations add NAME URL` and use --to NAME")
    targets = [ResolvedDestination(redact_url(url), DestinationKind.RTMP, url, None) for url in urls]
    targets += [ResolvedDestination(redact_url(url), DestinationKind.WHIP, url, whip_token(url)) for url in whips]
    if args.to:
        try:
            with store_session(paths) as db:
                targets += resolve_destinations(db, args.to)
        except DestinationError as error:
            raise RunOptionError(f"--to {error}") from error
    return targets


def _print_event(event: ShowEvent) -> None:
    if isinstance(event, PartChanged) and (event.role in SHOWN_ROLES or event.health.failed):
        print(f"vitrina run: {event.name}: {event.health.text()}", file=sys.stderr, flush=True)
    elif isinstance(event, RecordingStopped):
        outcome = f"failed: {event.error}" if event.error else "finished"
        print(f"vitrina run: recording {event.path.name} {outcome}", file=sys.stderr, flush=True)
    elif isinstance(event, ShowEnded):
        mark = "rehearsal" if event.rehearsal else "show"
        print(f"vitrina run: {mark} {event.show_id}: {event.orders} orders", file=sys.stderr, flush=True)


def _run_until_stopped(show: LiveShow, duration: float | None) -> None:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print("vitrina run: started; Ctrl+C stops", file=sys.stderr, flush=True)
    elapsed = 0.0
    while not stop.wait(1.0):
        elapsed += 1.0
        _print_stats(show)
        if duration is not None and elapsed >= duration:
            break
    show.end()
    show.wait_until_ended()
    _print_stats(show)
    print("vitrina run: stopped", file=sys.stderr, flush=True)


def _print_stats(show: LiveShow) -> None:
    stats = show.stats()
    print(stats.line(), file=sys.stderr, flush=True)
    if stats.chat:
        print(stats.chat, file=sys.stderr, flush=True)
