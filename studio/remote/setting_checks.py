"""The checks behind the remote-control settings (studio/setting_sections/remote.py): each takes
what was typed and gives back the value to keep, or raises SettingError with the reason; the rule
across them refuses turning the password off while listening beyond this machine."""

from __future__ import annotations

from collections.abc import Mapping

from studio.remote.settings import DEFAULT_HOST, DEFAULT_PORT, is_loopback, normal_origin
from studio.setting_definitions import SettingError, shown
from studio.translatable import QT_TRANSLATE_NOOP

MAX_HOST = 253  # the longest DNS name
YES, NO = "1", "0"


def host(text: str) -> str:
    typed = text.strip()
    if not typed:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "give the address to listen on, e.g. %1 (this machine only)"), DEFAULT_HOST)
    if len(typed) > MAX_HOST or any(character.isspace() for character in typed):
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not an address: write an IP address or a host name"), shown(typed))
    return typed


def port(text: str) -> str:
    typed = text.strip()
    if not (typed.isascii() and typed.isdigit()) or not 0 < int(typed) <= 65535:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is not a port: choose a number from 1 to 65535 (%2 is the one tools try first)"), shown(typed), DEFAULT_PORT)
    return str(int(typed))


def flag(text: str) -> str:
    typed = text.strip()
    if typed not in (YES, NO):
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1 is neither %2 (on) nor %3 (off)"), shown(typed), YES, NO)
    return typed


def origins(text: str) -> str:
    """Browser pages' origins, one a line, as browsers send them (scheme://host[:port], lower case)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        origin = line.strip().rstrip("/")
        if not origin:
            continue
        if normal_origin(origin) != origin.lower():
            raise SettingError(QT_TRANSLATE_NOOP("Refusals", "line %1, %2: write a page's origin as scheme://host[:port], e.g. https://deck.example"), number, shown(origin))
        found.append(normal_origin(origin))
    return "\n".join(dict.fromkeys(found))


def password_reason(values: Mapping[str, str], host_name: str, required_name: str) -> SettingError | None:
    """Why the password cannot be off with these values, or None."""
    listening = values.get(host_name, DEFAULT_HOST)
    if values.get(required_name, YES) == NO and not is_loopback(listening):
        return SettingError(QT_TRANSLATE_NOOP("Refusals", "a password is required when listening beyond this machine (%1): "
                                              "anyone on the network could take over the show"), listening)
    return None
