"""obs-websocket's challenge and response: the Hello carries a salt and a challenge, the client
answers base64(sha256(base64(sha256(password + salt)) + challenge)). Each connection gets a
challenge of its own; the password itself never leaves this module's caller."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


def _sha256_base64(text: bytes) -> str:
    return base64.b64encode(hashlib.sha256(text).digest()).decode("ascii")


def auth_response(password: str, salt: str, challenge: str) -> str:
    """What a client with `password` answers to this salt and challenge."""
    secret = _sha256_base64((password + salt).encode("utf-8"))
    return _sha256_base64((secret + challenge).encode("utf-8"))


@dataclass(frozen=True)
class Challenge:
    salt: str
    challenge: str
    _expected: str

    @classmethod
    def for_password(cls, password: str) -> Challenge:
        salt, challenge = _random_token(), _random_token()
        return cls(salt, challenge, auth_response(password, salt, challenge))

    def hello_data(self) -> dict[str, str]:
        return {"challenge": self.challenge, "salt": self.salt}

    def accepts(self, answer: str) -> bool:
        return hmac.compare_digest(answer.encode("utf-8"), self._expected.encode("utf-8"))

    def __repr__(self) -> str:  # the expected answer is as good as the password for this connection
        return "Challenge(****)"


def _random_token() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode("ascii")
