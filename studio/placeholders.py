"""Qt-style placeholders (%1, %2) filled in one pass, so a buyer named "%2" stays "%2"."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """fill("New order from %1: %2", "Ana", "A1") is "New order from Ana: A1"."""
    return _PLACEHOLDER.sub(lambda found: values[int(found[1]) - 1] if int(found[1]) <= len(values) else found[0],
                            template)
