"""Checking `vitrina run`'s options before anything starts: each mistake named by its option."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from media.redact import redact_url
from studio.plain_text import clean_line
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

# What streamers pick; the NTSC rates exact, as the encoder and the containers get them.
FPS_CHOICES = tuple(Fraction(rate) for rate in ("15", "20", "24", "25", "30000/1001", "30", "48", "50", "60000/1001", "60"))
_RATE = re.compile(r"\s*([0-9]{1,6}(\.[0-9]{1,6})?|[0-9]{1,6}/[0-9]{1,6})\s*")  # 29.97 or 30000/1001


class RunOptionError(Refusal):
    """A bad option: the message names it."""


@dataclass(frozen=True)
class CanvasSize:
    width: int
    height: int


def parse_size(text: str) -> CanvasSize:
    try:
        return canvas_size(text)
    except RunOptionError as error:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--size %1"), error) from None


def canvas_size(text: str) -> CanvasSize:
    """WIDTHxHEIGHT, both even (H.264's 4:2:0 colour halves the picture both ways)."""
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text.strip().lower())
    if not match:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1: write it as WIDTHxHEIGHT, e.g. 1280x720"), clean_line(text))
    width, height = int(match[1]), int(match[2])
    if width % 2 or height % 2 or not (64 <= width <= 7680 and 64 <= height <= 4320):
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1: width and height must be even, from 64x64 to 7680x4320"), text.strip())
    return CanvasSize(width, height)


def check_fps(text: str) -> Fraction:
    """--fps 29.97 or 30000/1001 (the same rate), 30, 59.94 or 60000/1001, ..."""
    try:
        return frame_rate(text)
    except RunOptionError as error:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--fps %1"), error) from None


def frame_rate(text: str) -> Fraction:
    """One of FPS_CHOICES, typed as 29.97 or 30000/1001 (the same rate), 30, ..."""
    typed: Fraction | None = None
    if _RATE.fullmatch(text):  # bounded first: Fraction("1e999999999") would compute for ever
        try:
            typed = Fraction(text.strip())
        except ZeroDivisionError:  # 30000/0
            pass
    for rate in FPS_CHOICES:
        if typed is not None and typed in (rate, round(rate, 2)):  # 29.97 is 30000/1001 rounded
            return rate
    names = [rate_name(rate) for rate in FPS_CHOICES]
    raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1: choose %2 or %3"), clean_line(text), ', '.join(names[:-1]), names[-1])


def rate_name(rate: Fraction) -> str:
    """30, or 29.97 for 30000/1001."""
    return str(rate.numerator) if rate.denominator == 1 else f"{float(rate):.2f}"


def check_rtmp_url(url: str) -> str:
    shown = _shown(url)
    parts = _split("--rtmp", url, shown)
    if parts.scheme not in ("rtmp", "rtmps"):
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--rtmp %1: the address must start with rtmp:// or rtmps://"), shown)
    if not parts.hostname:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--rtmp %1: the address has no server name"), shown)
    _check_port("--rtmp", parts, shown)
    if len([segment for segment in parts.path.split("/") if segment]) < 2:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--rtmp %1: the address needs an application and a stream key, e.g. rtmp://host/live/KEY"), shown)
    return url


def check_record_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in (".mkv", ".mp4"):
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--record %1: record to a .mkv or .mp4 file"), text)
    folder = path.parent.resolve()
    if not folder.is_dir():
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--record %1: the folder %2 does not exist"), text, folder)
    if not os.access(folder, os.W_OK):
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--record %1: the folder %2 cannot be written to"), text, folder)
    if path.is_dir():
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--record %1: that is a folder"), text)
    return path


def check_whip_url(url: str) -> str:
    shown = _shown(url)
    parts = _split("--whip", url, shown)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "--whip %1: a WHIP endpoint is an http:// or https:// address"), shown)
    _check_port("--whip", parts, shown)
    return url


def _shown(url: str) -> str:
    """The address as typed, on one line, with its key masked."""
    return clean_line(redact_url(url))


def _split(option: str, url: str, shown: str) -> SplitResult:
    if not url.isprintable() or any(character.isspace() for character in url):
        # urlsplit would quietly drop a tab or a line break, and a server would get what was not meant
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1 %2: the address must not contain spaces or control characters"), option, shown)
    try:
        return urlsplit(url)
    except ValueError:  # a bracketed IPv6 host left open, or a host that changes under NFKC
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1 %2: the server name is not valid"), option, shown) from None


def _check_port(option: str, parts: SplitResult, shown: str) -> None:
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        port = 0
    if port == 0:
        raise RunOptionError(QT_TRANSLATE_NOOP("Refusals", "%1 %2: the port must be a number from 1 to 65535"), option, shown)
