"""Reading and saving the store's settings by their definitions (studio/setting_catalog.py).

Saving checks every changed value first and writes nothing unless all pass: the reasons come
back together, each under its setting's name, so the dialog can say each one beside its field.
Then the secrets go to the keyring and the rest to the store in one transaction; when the store
cannot take them, the keyring gets its old entries back. Reading a secret says only where it
comes from, never what it is."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from studio.secrets import (
    SecretPlace,
    SecretSource,
    forget_secret,
    from_keyring,
    keep_secret,
    keyring_available,
    secret_source_of,
)
from studio.setting_catalog import BY_NAME, DEFINITIONS, RULES, definition
from studio.setting_definitions import SettingDefinition, SettingError
from studio.settings import get_setting, set_setting
from studio.storage import transaction
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class SettingsRefused(SettingError):
    """Values that cannot be kept; `refusals` maps each setting's name to its refusal, `reasons` to its message."""

    def __init__(self, refusals: Mapping[str, SettingError]) -> None:
        super().__init__(PASSED_ON, "\n".join(str(refusal) for refusal in refusals.values()))
        self.refusals = dict(refusals)
        self.reasons = {name: str(refusal) for name, refusal in refusals.items()}


@dataclass(frozen=True)
class StoredSettings:
    values: dict[str, str]  # every setting but the secrets: the stored value, else the default
    secrets: dict[str, SecretSource]  # where each secret would come from now
    keyring: bool  # whether there is a system keyring to keep secrets in


def setting_value(db: Database, name: str) -> str:
    """One setting's value: the stored one, else its default."""
    found = definition(name)
    if found.secret is not None:
        raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: a secret is read from the keyring, never the store"), name)
    return get_setting(db, found.name, found.default)


def read_settings(db: Database, definitions: Iterable[SettingDefinition] = DEFINITIONS) -> StoredSettings:
    """What the settings are now (the keyring is asked where secrets come from: not on the GUI thread)."""
    values: dict[str, str] = {}
    secrets: dict[str, SecretSource] = {}
    for each in definitions:
        if each.secret is None:
            values[each.name] = get_setting(db, each.name, each.default)
        else:
            secrets[each.name] = secret_source_of(each.secret.variable, each.secret.keyring_name)
    return StoredSettings(values, secrets, keyring_available())


def stored_values(db: Database) -> dict[str, str]:
    """Every setting the store holds now (secrets never are), by name."""
    return {key: value for key, value in db.execute("SELECT key, value FROM settings").fetchall() if key in BY_NAME}


def check_changes(changes: Mapping[str, str], current: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every changed value checked, then the rules across settings over `current` (the values
    stored now; the defaults when not given) with the changes: the values to keep, or
    SettingsRefused with every reason."""
    kept: dict[str, str] = {}
    reasons: dict[str, SettingError] = {}
    for name, value in changes.items():
        try:
            kept[definition(name).name] = definition(name).checked(value)
        except SettingError as error:
            reasons[name] = error
    if not reasons:
        values = {**{each.name: each.default for each in DEFINITIONS}, **(current or {}), **kept}
        for rule in RULES:
            reasons.update(rule(values))
    if reasons:
        raise SettingsRefused(reasons)
    return kept


def save_settings(db: Database, changes: Mapping[str, str], also: Callable[[Database], None] | None = None) -> dict[str, str]:
    """Checks all, then keeps all or none; the kept values come back (secrets as typed: don't show them).
    An empty secret forgets the keyring's entry. `also` writes more in the same transaction (the
    scenes' graphics saved with the Graphics page)."""
    kept = check_changes(changes, stored_values(db))
    secrets = {name: value for name, value in kept.items() if BY_NAME[name].secret is not None}
    restore = _keep_secrets(secrets)
    try:
        with transaction(db):
            for name, value in kept.items():
                if name not in secrets:
                    set_setting(db, name, value)
            if also is not None:
                also(db)
    except BaseException:
        restore()
        raise
    log.info("saved settings %s", ", ".join(kept))
    return kept


def _keep_secrets(secrets: Mapping[str, str]) -> _Restore:
    """Puts each secret in the keyring (or forgets it when empty); what puts the old ones back."""
    if not secrets:
        return _Restore({})
    if not keyring_available():
        raise SettingsRefused({name: SettingError(QT_TRANSLATE_NOOP(
            "Refusals", "%1: there is no system keyring here to keep it in; set %2 in the environment of the session instead"),
            name, _place(name).variable) for name in secrets})
    restore = _Restore({name: from_keyring(_place(name).keyring_name) for name in secrets})
    for name, value in secrets.items():
        entry = _place(name).keyring_name
        if value:
            if not keep_secret(entry, value):
                restore()
                raise SettingsRefused({name: SettingError(
                    QT_TRANSLATE_NOOP("Refusals", "%1: the system keyring refused it (see the log)"), name)})
        else:
            forget_secret(entry)
    return restore


@dataclass(frozen=True)
class _Restore:
    previous: dict[str, str | None]

    def __call__(self) -> None:
        for name, value in self.previous.items():
            entry = _place(name).keyring_name
            if value is None:
                forget_secret(entry)
            else:
                keep_secret(entry, value)


def _place(name: str) -> SecretPlace:
    place = BY_NAME[name].secret
    assert place is not None
    return place
