"""The checks behind the store's settings: each takes what was typed and gives back the value to
keep, or raises SettingError with the reason (the caller names the setting). No check touches the
network, the keyring or the store, so the window can run them as the user presses OK."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from studio.chat.connectors import check_chat_spec
from studio.chat.irc import ChatSpecError
from studio.live.audio_controls import MAX_GAIN_DB, MIN_GAIN_DB
from studio.run_options import RunOptionError, canvas_size, frame_rate, rate_name
from studio.setting_definitions import SettingError, shown

MIN_KBPS, MAX_KBPS = 100, 50_000
SECRET_LIMIT = 4096
URL_LIMIT = 2048
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def canvas(text: str) -> str:
    try:
        size = canvas_size(text)
    except RunOptionError as error:
        raise SettingError(f"{error} (H.264 halves the colour both ways, so odd sizes cannot be encoded)") from None
    return f"{size.width}x{size.height}"


def fps(text: str) -> str:
    try:
        return rate_name(frame_rate(text))
    except RunOptionError as error:
        raise SettingError(str(error)) from None


def bitrate(text: str) -> str:
    typed = text.strip()
    if not (typed.isascii() and typed.isdigit()) or not MIN_KBPS <= int(typed) <= MAX_KBPS:
        raise SettingError(f"{shown(text)} is not a bitrate: give kbit/s from {MIN_KBPS} to {MAX_KBPS}, e.g. 3000")
    return str(int(typed))


def gain(text: str) -> str:
    try:
        value = float(text.strip().removesuffix("dB").strip())
    except ValueError:
        value = float("nan")
    if not MIN_GAIN_DB <= value <= MAX_GAIN_DB:  # NaN fails too
        raise SettingError(f"{shown(text)}: give the gain in dB from {MIN_GAIN_DB:g} to +{MAX_GAIN_DB:g}, e.g. 0")
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
            raise SettingError(f"there is no file {path}")
        return f"file:{path}"
    raise SettingError(f"{shown(text)}: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH")


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
            raise SettingError(f"line {number}: {str(error).removeprefix('--chat ')}") from None
        if spec.partition(":")[0] == "rehearsal":
            raise SettingError(f"line {number}: the rehearsal audience comes with a rehearsal only, never to a show")
        specs.append(spec)
    return "\n".join(dict.fromkeys(specs))


def web_address(text: str) -> str:
    """Empty, or an http(s) address with a server name."""
    url = text.strip()
    if not url:
        return ""
    if len(url) > URL_LIMIT or not url.isprintable() or any(character.isspace() for character in url):
        raise SettingError(f"{shown(url)} is not an address: no spaces or control characters, at most {URL_LIMIT}")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a port that is not a number raises here
    except ValueError:
        raise SettingError(f"{shown(url)} is not an address: check the server name and port") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SettingError(f"{shown(url)} is not a web address: write it as https://shop.example/checkout")
    return url


def colour(text: str) -> str:
    typed = text.strip()
    if not _COLOUR.fullmatch(typed):
        raise SettingError(f"{shown(text)} is not a colour: write it as #rrggbb, e.g. #6c2bd9")
    return typed.lower()


def picture_file(text: str) -> str:
    """Empty (none), or a PNG, JPEG or WebP file that exists."""
    typed = text.strip()
    if not typed:
        return ""
    path = Path(typed).expanduser()
    if path.suffix.lower() not in PICTURE_SUFFIXES:
        raise SettingError(f"{path.name}: choose a PNG, JPEG or WebP picture")
    if not path.is_file():
        raise SettingError(f"there is no file {path}")
    return str(path.resolve())


def secret_text(text: str) -> str:
    """A key or token, trimmed; the message says what is wrong with it, never the secret."""
    value = text.strip()
    if len(value) > SECRET_LIMIT:
        raise SettingError(f"{len(value)} characters long; at most {SECRET_LIMIT}")
    if not value.isprintable() or any(character.isspace() for character in value):
        raise SettingError("has a space or a control character; paste the key alone")
    return value
