"""Why something was refused, in the window's language: the one way ui/ turns an exception into
the text it shows. A studio refusal (studio/translatable.py) is its template translated in the
"Refusals" context and filled with its values (a wrapped refusal translated the same way,
typed text as typed); any other exception is its own message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.placeholders import fill
from studio.translatable import REFUSALS, Refusal


def reason_text(error: BaseException) -> str:
    """'três' is not a price -> 'três' não é um preço, in a window shown in Portuguese."""
    if not isinstance(error, Refusal):
        return str(error)
    values = (reason_text(value) if isinstance(value, BaseException) else str(value) for value in error.values)
    return fill(QCoreApplication.translate(REFUSALS, error.template), *values)
