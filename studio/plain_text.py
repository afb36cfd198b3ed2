"""Text from outside (CSV files, chat) made safe to store and show: plain text, no control characters."""

from __future__ import annotations

import re
import unicodedata

# Control characters but tab and newline, and the bidi overrides that can flip a line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# White space but the no-break spaces a shop puts between a number and its unit on purpose.
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_line(text: str) -> str:
    """One line of plain text: control characters dropped, runs of white space made one space."""
    if text.isprintable() and "  " not in text and text == text.strip() and unicodedata.is_normalized("NFC", text):
        return text  # the common case (isprintable() is False for controls, bidi overrides and odd spaces)
    return _SPACES.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", text))).strip()


def clean_block(text: str) -> str:
    """Several lines of plain text: each line cleaned, at most one blank line in a row."""
    if not text:
        return text
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [clean_line(line) for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
