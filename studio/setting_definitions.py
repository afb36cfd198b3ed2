"""What a store setting is: one typed definition (name, page, kind, default, check, help text,
choices, where a secret lives) that the Settings dialog and `vitrina settings` both read, so the
two can never disagree. The definitions themselves are in studio/setting_sections/, one module
a page; adding a setting is one entry there.

Values are text, as the store's settings table keeps them. A check takes what was typed and gives
back the value to keep (trimmed, in its one spelling), or raises SettingError with the reason.
Labels and help are marked with QT_TRANSLATE_NOOP so the window shows them in its language."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from studio.plain_text import clean_line
from studio.secrets import SecretPlace
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

CONTEXT = "SettingDefinitions"  # the translation context of labels, help texts and choices


class SettingError(Refusal):
    """A value a setting cannot take: the message says why (and, from the store, names it)."""


class Section(enum.Enum):
    """The Settings dialog's page a setting is shown on."""

    VIDEO = "video"
    AUDIO = "audio"
    CHAT = "chat"
    SHOP = "shop"
    GRAPHICS = "graphics"
    LANGUAGE = "language"
    REMOTE = "remote"


class Kind(enum.Enum):
    """What a value is, which decides the field it is typed into."""

    TEXT = "text"  # one line
    LINES = "lines"  # several lines, one entry each
    CHOICE = "choice"  # one of `choices` (with `open_choices`, or anything the check takes)
    INTEGER = "integer"
    NUMBER = "number"
    COLOUR = "colour"  # #rrggbb
    FILE = "file"  # a path on this machine
    URL = "url"
    SECRET = "secret"  # kept in the keyring, never the store


Check = Callable[[str], str]
Rule = Callable[[Mapping[str, str]], dict[str, "SettingError"]]  # the values as they would be kept -> reasons by name


@dataclass(frozen=True)
class Choice:
    value: str  # what is stored
    label: str  # what the field shows (translatable)


def keep_text(value: str) -> str:
    return value.strip()


@dataclass(frozen=True)
class SettingDefinition:
    name: str  # the store's key, and the name `vitrina settings` takes
    section: Section
    kind: Kind
    label: str  # translatable, the field's label
    help: str  # translatable, one sentence: what it does, with an example
    default: str = ""  # what the store holds until the user says
    check: Check = keep_text
    choices: tuple[Choice, ...] = ()
    open_choices: bool = False  # a choice from the list, or another value the check takes (a custom size)
    secret: SecretPlace | None = None
    unset: str = ""  # what `vitrina settings` says while the value is empty, e.g. "(not set)"
    next_start: bool = False  # takes effect when the studio starts again

    def __post_init__(self) -> None:
        if (self.kind is Kind.SECRET) != (self.secret is not None):
            raise ValueError(f"setting {self.name}: a secret kind needs its place in the keyring, and only it")
        if self.kind is Kind.CHOICE and not self.choices:
            raise ValueError(f"setting {self.name}: a choice needs its choices")

    def checked(self, value: str) -> str:
        """The value to keep, or SettingError naming this setting and the reason."""
        try:
            kept = self.check(value)
        except ValueError as error:  # SettingError, and the domain's own (MoneyError, ...)
            raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: %2"), self.name, error) from None
        if self.choices and not self.open_choices and kept not in {choice.value for choice in self.choices}:
            names = ", ".join(choice.value for choice in self.choices)
            raise SettingError(QT_TRANSLATE_NOOP("Refusals", "%1: %2 is not one of %3"), self.name, shown(value), names)
        return kept


SHOWN_CHARACTERS = 60  # of a mistaken value, in a message


def shown(value: str) -> str:
    """A mistaken value as a message quotes it: on one line, without control characters, cut when long."""
    line = clean_line(value)
    return repr(line if len(line) <= SHOWN_CHARACTERS else line[:SHOWN_CHARACTERS] + "…")
