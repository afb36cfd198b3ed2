"""Why something was refused, in the window's language: the one way ui/ turns an exception into
the text it shows. A studio refusal (studio/translatable.py) is its template translated in the
"Refusals" context and filled with its values (a wrapped refusal translated the same way,
typed text as typed); any other exception is its own message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.placeholders import fill
from studio.translatable import REFUSALS, Reasoned, Word


def reason_text(error: BaseException) -> str:
    """'três' is not a price -> 'três' não é um preço, in a window shown in Portuguese."""
    if not isinstance(error, Reasoned):
        return str(error)
    return fill(QCoreApplication.translate(REFUSALS, error.template), *(_value_text(value) for value in error.values))


def _value_text(value: object) -> str:
    if isinstance(value, BaseException):
        return reason_text(value)
    if isinstance(value, Word):
        return QCoreApplication.translate(REFUSALS, value.text)
    return str(value)  # what the user typed, as typed; a number as the English says it
