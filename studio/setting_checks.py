"""The checks behind the store's settings: each takes what was typed and gives back the value to
keep, or raises SettingError with the reason (the caller names the setting). No check touches the
network, the keyring or the store, so the window can run them as the user presses OK."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from studio.analytics.viewer_sources import ViewerSpecError, parse_viewer_spec
from studio.chat.connectors import check_chat_spec
from studio.chat.irc import ChatSpecError
from studio.live.audio_controls import MAX_GAIN_DB, MIN_GAIN_DB
from studio.run_options import RunOptionError, canvas_size, frame_rate, rate_name
from studio.setting_definitions import SettingError, shown
from studio.translatable import AT_LINE, PASSED_ON, QT_TRANSLATE_NOOP

MIN_KBPS, MAX_KBPS = 100, 50_000
SECRET_LIMIT = 4096
URL_LIMIT = 2048
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def canvas(text: str) -> str:
    try:
        size = canvas_size(text)
    except RunOptionError as error:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 (H.264 halves the colour both ways, so odd sizes cannot be encoded)"), error) from None
    return f"{size.width}x{size.height}"


def fps(text: str) -> str:
    try:
        return rate_name(frame_rate(text))
    except RunOptionError as error:
        raise SettingError(PASSED_ON, error) from None


def bitrate(text: str) -> str:
    typed = text.strip()
    if not (typed.isascii() and typed.isdigit()) or not MIN_KBPS <= int(typed) <= MAX_KBPS:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not a bitrate: give kbit/s from %2 to %3, e.g. 3000"), shown(text), MIN_KBPS, MAX_KBPS)
    return str(int(typed))


def gain(text: str) -> str:
    try:
        value = float(text.strip().removesuffix("dB").strip())
    except ValueError:
        value = float("nan")
    if not MIN_GAIN_DB <= value <= MAX_GAIN_DB:  # NaN fails too
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: give the gain in dB from %2 to +%3, e.g. 0"), shown(text), f"{MIN_GAIN_DB:g}", f"{MAX_GAIN_DB:g}")
    return f"{value:g}"


def audio_input(text: str) -> str:
    """tone, none, mic (the system's default), mic:DEVICE or file:PATH."""
    typed = text.strip()
    kind, colon, value = typed.partition(":")
    if typed in ("tone", "none", "mic") or (kind == "mic" and value.strip()):
        return typed
    if kind == "file" and value.strip():
        path = Path(value.strip()).expanduser()
        if not path.is_file():
            raise SettingError(QT_TRANSLATE_NOOP("Refusals", "there is no file %1"), path)
        return f"file:{path}"
    raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH"), shown(text))


def viewer_specs(text: str) -> str:
    """One viewer count spec a line (see studio/analytics/viewer_sources.py), kept one a line."""
    specs: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for spec in line.split():
            try:
                parse_viewer_spec(spec)
            except ViewerSpecError as error:
                raise SettingError(AT_LINE, number, error.reason) from None
            specs.append(spec)
    return "\n".join(dict.fromkeys(specs))


def chat_connectors(text: str) -> str:
    """One chat spec a line (see studio/chat/connectors.py), kept one a line."""
    specs: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        spec = line.strip()
        if not spec:
            continue
        try:
            check_chat_spec(spec, token_needed=False)
        except ChatSpecError as error:
            raise SettingError(AT_LINE, number, error.reason) from None
        if spec.partition(":")[0] == "rehearsal":
            raise SettingError(QT_TRANSLATE_NOOP("Refusals", "line %1: the rehearsal audience comes with a rehearsal only, never to a show"), number)
        specs.append(spec)
    return "\n".join(dict.fromkeys(specs))


def web_address(text: str) -> str:
    """Empty, or an http(s) address with a server name."""
    url = text.strip()
    if not url:
        return ""
    if len(url) > URL_LIMIT or not url.isprintable() or any(character.isspace() for character in url):
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not an address: no spaces or control characters, at most %2"), shown(url), URL_LIMIT)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a port that is not a number raises here
    except ValueError:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not an address: check the server name and port"), shown(url)) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not a web address: write it as https://shop.example/checkout"), shown(url))
    return url


def colour(text: str) -> str:
    typed = text.strip()
    if not _COLOUR.fullmatch(typed):
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not a colour: write it as #rrggbb, e.g. #6c2bd9"), shown(text))
    return typed.lower()


def picture_file(text: str) -> str:
    """Empty (none), or a PNG, JPEG or WebP file that exists."""
    typed = text.strip()
    if not typed:
        return ""
    path = Path(typed).expanduser()
    if path.suffix.lower() not in PICTURE_SUFFIXES:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: choose a PNG, JPEG or WebP picture"), path.name)
    if not path.is_file():
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "there is no file %1"), path)
    return str(path.resolve())


def secret_text(text: str) -> str:
    """A key or token, trimmed; the message says what is wrong with it, never the secret."""
    value = text.strip()
    if len(value) > SECRET_LIMIT:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 characters long; at most %2"), len(value), SECRET_LIMIT)
    if not value.isprintable() or any(character.isspace() for character in value):
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "has a space or a control character; paste the key alone"))
    return value
