"""Destinations saved by name: an RTMP server or a WHIP endpoint a show publishes to.

The store keeps the server's address without its key; the stream key (RTMP) or bearer token
(WHIP) lives in the system keyring, or comes from VITRINA_KEY_<NAME> for one session. Neither
reaches the store, argv, a log line or an exception message.
"""

from __future__ import annotations

import enum
import logging
import re
import shlex
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import SplitResult, urlsplit

from sqlite_utils import Database

from media.redact import redact_url
from studio.secrets import SecretSource, forget_secret, from_keyring, keep_secret, secret, secret_source_of
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

log = logging.getLogger(__name__)

KEY_VARIABLE_PREFIX = "VITRINA_KEY_"
NAME_LIMIT = 64
URL_LIMIT = 2048
SECRET_LIMIT = 4096
_COLUMNS = "name, kind, url, enabled, created_at"
# Format characters but the joiners that some scripts and emoji need (bidi overrides, BOM, ... are refused).
_JOINERS = {"\u200c", "\u200d"}


class DestinationError(Refusal):
    """A destination that cannot be saved or used: the message names the field or the destination."""


class DestinationKind(enum.Enum):
    RTMP = "rtmp"
    WHIP = "whip"

    @property
    def secret_noun(self) -> str:
        return "key" if self is DestinationKind.RTMP else "token"


SCHEMES = {"rtmp": DestinationKind.RTMP, "rtmps": DestinationKind.RTMP,
           "http": DestinationKind.WHIP, "https": DestinationKind.WHIP}


def key_variable(name: str) -> str:
    """The environment variable that carries a destination's key: VITRINA_KEY_MY_SHOP for 'my-shop'."""
    return KEY_VARIABLE_PREFIX + re.sub(r"[^A-Z0-9]", "_", name.upper())


@dataclass(frozen=True)
class Destination:
    name: str
    kind: DestinationKind
    url: str  # the server address (RTMP) or the endpoint (WHIP), without the key
    enabled: bool
    created_at: float

    @property
    def key_variable(self) -> str:
        return key_variable(self.name)

    @property
    def keyring_name(self) -> str:
        return f"destination:{self.name}"


@dataclass(frozen=True)
class Saved:
    destination: Destination
    keyring_missing: bool  # a key was given, but there is no keyring to keep it in

    @property
    def notice(self) -> str | None:
        """What the user must know when the key was not kept: which variable to set instead."""
        if not self.keyring_missing:
            return None
        destination = self.destination
        return (f"no system keyring here to keep the {destination.kind.secret_noun} of {destination.name!r} in: "
                f"saved without it; set {destination.key_variable} in the environment of the session that goes live")


@dataclass(frozen=True)
class ResolvedDestination:
    """What a live show needs to publish to one destination. The key is kept out of repr()."""

    name: str
    kind: DestinationKind
    publish_url: str = field(repr=False)
    token: str | None = field(repr=False)  # WHIP's bearer token; None for RTMP (its key is in the URL)

    @property
    def shown(self) -> str:
        """Safe to show and log: the name and the address with its key masked."""
        address = redact_url(self.publish_url)  # some WHIP services put a secret in the endpoint's path too
        return address if self.name == address else f"{self.name} ({address})"


def save_destination(db: Database, name: str, url: str, key: str | None) -> Saved:
    """Stores a new destination, its key in the keyring. Refuses a name in use; stores nothing on any error."""
    name = check_name(name)
    kind, url = check_url(url)
    key = check_secret(kind, key)
    destination = Destination(name, kind, url, True, time.time())
    with transaction(db):
        _refuse_a_clash(db, destination)
        db.execute(f"INSERT INTO destinations ({_COLUMNS}, name_key) VALUES (?, ?, ?, 1, ?, ?)",
                   (name, kind.value, url, destination.created_at, _name_key(name)))
    try:
        kept = _keep_key(destination, key)
    except BaseException:
        _delete(db, destination)
        raise
    log.info("saved destination %s (%s)", name, kind.value)
    return Saved(destination, keyring_missing=not kept)


def update_destination(db: Database, old_name: str, name: str, url: str, key: str | None) -> Saved:
    """Changes a destination's name and address, and its key when one is given (None keeps the
    one it has, under its new name too). Stores nothing on any error."""
    old = _existing(db, old_name)
    name = check_name(name)
    kind, url = check_url(url)
    if key is not None:
        key = check_secret(kind, key)
    new = replace(old, name=name, kind=kind, url=url)
    with transaction(db):
        _refuse_a_clash(db, new, but=old.name)
        db.execute("UPDATE destinations SET name = ?, kind = ?, url = ?, name_key = ? WHERE name_key = ?",
                   (name, kind.value, url, _name_key(name), _name_key(old.name)))
    if key is None:
        key = from_keyring(old.keyring_name) if new.keyring_name != old.keyring_name else None
        kept = _keep_key(new, key) if key is not None else True
    else:
        kept = _keep_key(new, key)
    if new.keyring_name != old.keyring_name:
        forget_secret(old.keyring_name)
    log.info("changed destination %s (%s)", name, kind.value)
    return Saved(new, keyring_missing=not kept)


def list_destinations(db: Database) -> list[Destination]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM destinations ORDER BY name_key").fetchall()
    return [_destination(row) for row in rows]


def find_destination(db: Database, name: str) -> Destination | None:
    """The destination by that name, whatever its case."""
    row = db.execute(f"SELECT {_COLUMNS} FROM destinations WHERE name_key = ?", (_name_key(name),)).fetchone()
    return _destination(row) if row else None


def remove_destination(db: Database, name: str) -> Destination:
    """Deletes the destination and its keyring entry."""
    destination = _existing(db, name)
    _delete(db, destination)
    forget_secret(destination.keyring_name)
    log.info("removed destination %s", destination.name)
    return destination


def set_enabled(db: Database, name: str, enabled: bool) -> Destination:
    destination = _existing(db, name)
    with transaction(db):
        db.execute("UPDATE destinations SET enabled = ? WHERE name_key = ?", (int(enabled), _name_key(name)))
    return replace(destination, enabled=enabled)


def destination_secret(destination: Destination) -> str | None:
    """VITRINA_KEY_<NAME> if set, else the keyring's entry, else None."""
    return secret(destination.key_variable, destination.keyring_name)


def secret_source(destination: Destination) -> SecretSource:
    """Where the destination's key would come from now (without showing it)."""
    return secret_source_of(destination.key_variable, destination.keyring_name)


def publish_url(destination: Destination, key: str | None) -> str:
    """RTMP: the server and the key joined by '/', as OBS joins them. WHIP: the endpoint (its token goes apart)."""
    if destination.kind is DestinationKind.WHIP:
        return destination.url
    if not key:
        raise DestinationError(
            QT_TRANSLATE_NOOP("Refusals", "destination %1 has no stream key: set %2, or remove it and add it again with its key"), f"{destination.name!r}", destination.key_variable
        )
    return f"{destination.url}/{key}"


def resolve_destinations(db: Database, names: Iterable[str]) -> list[ResolvedDestination]:
    """Everything a show needs to publish to these destinations, or the one name that cannot be used."""
    resolved: list[ResolvedDestination] = []
    for name in names:
        destination = _existing(db, name)
        if any(earlier.name == destination.name for earlier in resolved):
            raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "destination %1 is named twice"), f"{destination.name!r}")
        if not destination.enabled:
            raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "destination %1 is disabled (`vitrina destinations enable %2` turns it on)"), f"{destination.name!r}", shlex.quote(destination.name))
        key = destination_secret(destination)
        token = key if destination.kind is DestinationKind.WHIP else None
        resolved.append(ResolvedDestination(destination.name, destination.kind, publish_url(destination, key), token))
    return resolved


def _existing(db: Database, name: str) -> Destination:
    destination = find_destination(db, name)
    if destination is None:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name %1: no destination by that name (see `vitrina destinations list`)"), f"{name!r}")
    return destination


def _refuse_a_clash(db: Database, new: Destination, but: str | None = None) -> None:
    for old in list_destinations(db):
        if but is not None and _name_key(old.name) == _name_key(but):
            continue
        if _name_key(old.name) == _name_key(new.name):
            raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name %1: a destination by that name exists; remove it first"), f"{new.name!r}")
        if old.key_variable == new.key_variable:
            raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name %1: its key would come from %2, as %3's does; choose another name"), f"{new.name!r}", new.key_variable, f"{old.name!r}")


def _keep_key(destination: Destination, key: str | None) -> bool:
    """True when the key is in the keyring, or there is none to keep (a stale entry is forgotten then)."""
    if key is None:
        forget_secret(destination.keyring_name)
        return True
    return keep_secret(destination.keyring_name, key)


def _delete(db: Database, destination: Destination) -> None:
    with transaction(db):
        db.execute("DELETE FROM destinations WHERE name_key = ?", (_name_key(destination.name),))


def _destination(row: tuple[str, str, str, int, float]) -> Destination:
    name, kind, url, enabled, created_at = row
    return Destination(name, DestinationKind(kind), url, bool(enabled), created_at)


def _name_key(name: str) -> str:
    """The name as compared: trimmed, case-folded, in one Unicode form."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name.strip()).casefold())


def check_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name: empty; give the destination a name, e.g. youtube"))
    if any(_is_control(char) for char in name):
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name %1: has a control character; use letters, digits, spaces and punctuation"), f"{name!r}")
    if len(name) > NAME_LIMIT:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "name: %1 characters long; at most %2"), len(name), NAME_LIMIT)
    return name


def check_url(url: str) -> tuple[DestinationKind, str]:
    """The destination's kind by the URL's scheme, and the URL (an RTMP server's without a trailing '/')."""
    url = url.strip()
    if not url:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: empty; give the server's address, e.g. rtmp://a.rtmp.youtube.com/live2"))
    if len(url) > URL_LIMIT:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: %1 characters long; at most %2"), len(url), URL_LIMIT)
    if any(char.isspace() or _is_control(char) for char in url):
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: has a space or a control character"))
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracket left open around an IPv6 address, say
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: not an address (check the brackets around an IPv6 address)")) from None
    kind = SCHEMES.get(parts.scheme.lower())
    if kind is None:
        if not parts.scheme:
            raise DestinationError(QT_TRANSLATE_NOOP(
                "Refusals", "url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint"))
        raise DestinationError(QT_TRANSLATE_NOOP(
            "Refusals", "url: starts with %1; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint"),
            f"{parts.scheme}:")
    _check_server(parts)
    if parts.fragment or "#" in url:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: has a #fragment; a server's address has none"))
    url = parts.scheme.lower() + url[len(parts.scheme):]
    if kind is DestinationKind.WHIP:
        return kind, url
    if parts.query or "?" in url:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: an RTMP server's address has no ?query; the key is read apart from it"))
    if not parts.path.strip("/"):
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: name the server's application too, e.g. rtmp://a.rtmp.youtube.com/live2"))
    return kind, url.rstrip("/")


def _check_server(parts: SplitResult) -> None:
    if "@" in parts.netloc:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: has a user name or password in it; the key is read apart from the address"))
    if not parts.hostname:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: has no server name, e.g. rtmp://a.rtmp.youtube.com/live2"))
    try:
        number = parts.port
    except ValueError:  # not a number, or past 65535
        number = 0
    if number == 0:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "url: the port must be a number from 1 to 65535"))


def check_secret(kind: DestinationKind, value: str | None) -> str | None:
    """The key or token, trimmed. Never shown in a message: only what is wrong with it."""
    value = (value or "").strip()
    if not value:
        if kind is DestinationKind.RTMP:
            raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "key: empty; an RTMP destination needs its stream key"))
        return None
    rtmp = kind is DestinationKind.RTMP  # a key, else a token: each named in its own words
    if len(value) > SECRET_LIMIT:
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "key: %1 characters long; at most %2") if rtmp
                               else QT_TRANSLATE_NOOP("Refusals", "token: %1 characters long; at most %2"),
                               len(value), SECRET_LIMIT)
    if any(char.isspace() or _is_control(char) for char in value):
        raise DestinationError(QT_TRANSLATE_NOOP("Refusals", "key: has a space or a control character") if rtmp
                               else QT_TRANSLATE_NOOP("Refusals", "token: has a space or a control character"))
    return value


def _is_control(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Zl", "Zp") or (category == "Cf" and char not in _JOINERS)
