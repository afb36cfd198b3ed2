"""The show's off switch for replies: the store setting `chat_replies`, on unless set off."""

from __future__ import annotations

from sqlite_utils import Database

from studio.plain_text import clean_line
from studio.settings import get_setting

SETTING = "chat_replies"
ON, OFF = "on", "off"
_WORDS = {"on": ON, "yes": ON, "true": ON, "1": ON, "off": OFF, "no": OFF, "false": OFF, "0": OFF}


class SwitchError(ValueError):
    pass


def parse_switch(value: str) -> str:
    """on or off (yes/no, true/false, 1/0 too), else an error naming the setting."""
    found = _WORDS.get(value.strip().lower())
    if found is None:
        raise SwitchError(f"{SETTING}: write on or off, not '{clean_line(value)[:40]}'")
    return found


def replies_on(db: Database) -> bool:
    """Whether the studio answers buy comments in chat; a stored value it cannot read counts as off."""
    return _WORDS.get(get_setting(db, SETTING, ON).strip().lower()) == ON
