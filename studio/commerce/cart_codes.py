"""Cart ids a buyer can read out or type: five characters from an alphabet without the ones
that pass for others on a phone screen (0/O, 1/I/L), so "7KX4P" is never misread."""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 5  # 31**5: about 28 million ids, so a random one rarely needs a second draw
_TYPED = re.compile(r"[\s\-#]")


def new_cart_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_cart_code(text: str) -> str:
    """What a buyer or the shop typed ("#7kx-4p") as the stored id ("7KX4P")."""
    return _TYPED.sub("", text).upper()


def is_cart_code(text: str) -> bool:
    code = normalise_cart_code(text)
    return len(code) == LENGTH and all(char in ALPHABET for char in code)
