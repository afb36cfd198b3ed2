"""Short product codes viewers type in chat ("SOLD A12").

A code is a letter and a number. I and O are skipped because on a phone screen they pass
for 1 and 0. Codes run A1..Z99, then A100..Z999, and so on: the shortest free one first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_PATTERN = re.compile(r"^[A-Za-z0-9]{1,12}$")


def normalise_code(code: str) -> str:
    return code.strip().upper()


def is_valid_code(code: str) -> bool:
    return bool(CODE_PATTERN.match(code.strip()))


def candidate_codes() -> Iterator[str]:
    low, high = 1, 99
    while True:
        for letter in LETTERS:
            for number in range(low, high + 1):
                yield f"{letter}{number}"
        low, high = high + 1, high * 10 + 9


class CodeAllocator:
    """Hands out codes not yet taken, in order; codes are compared case-insensitively."""

    def __init__(self, taken: Iterable[str]) -> None:
        self._taken = {normalise_code(code) for code in taken}
        self._candidates = candidate_codes()

    def is_taken(self, code: str) -> bool:
        return normalise_code(code) in self._taken

    def take(self, code: str) -> None:
        self._taken.add(normalise_code(code))

    def next_free(self) -> str:
        for code in self._candidates:
            if code not in self._taken:
                self._taken.add(code)
                return code
        raise AssertionError("unreachable: candidate codes never run out")
