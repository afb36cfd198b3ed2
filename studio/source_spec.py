"""The video source a show starts with, from its spec on the command line:
testpattern, camera:N, camera:/dev/video0, screen[:N], file:PATH, image:PATH, colour:#RRGGBB."""

from __future__ import annotations

import logging
from pathlib import Path

from media.source import Source, SourceError
from media.sources.camera import CameraSource
from media.sources.screen import ScreenSource
from media.sources.still import ColourSource, ImageSource, parse_colour
from media.sources.test_pattern import PatternSize, TestPatternSource
from media.sources.video_file import VideoFileSource

log = logging.getLogger(__name__)

SPECS = "testpattern, camera:N, camera:/dev/videoN, screen[:N], file:PATH, image:PATH or colour:#RRGGBB"


def make_source(spec: str, width: int, height: int, fps: float) -> Source:
    """The source `spec` names; SourceError (naming the spec) when it cannot be made."""
    kind, _, value = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "testpattern" and not value:
        return TestPatternSource(PatternSize(width, height), fps)
    if kind == "camera" and value.strip():
        device = value.strip()  # an index (camera:0) or a device path (camera:/dev/video0)
        return CameraSource(int(device) if device.isascii() and device.isdigit() else device, width, height, fps)
    if kind in ("file", "image") and value:
        path = Path(value).expanduser()
        if not path.is_file():
            raise SourceError(f"{spec}: there is no file {path}")
        return VideoFileSource(path) if kind == "file" else ImageSource(path)
    if kind in ("colour", "color") and value:
        return ColourSource(parse_colour(value), width, height)
    if kind == "screen":
        if value and not value.isdigit():
            raise SourceError(f"{spec}: give the screen's number, e.g. screen:1")
        return ScreenSource(int(value or 1), fps=fps)
    raise SourceError(f"{spec}: not a source; use {SPECS}")


def screen_or_pattern(width: int, height: int, fps: float) -> Source:
    """The screen for scenes that show it, or the test pattern where there is no screen."""
    try:
        return ScreenSource(fps=fps)
    except SourceError as error:
        log.info("%s; the Screen scene shows the test pattern instead", error)
        return TestPatternSource(PatternSize(width, height), fps)
