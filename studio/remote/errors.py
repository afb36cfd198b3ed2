"""The two ways a message can go wrong: a request that fails (the connection stays) and a
message that breaks the protocol (the connection closes with the code obs-websocket uses)."""

from __future__ import annotations

from studio.remote.protocol import CloseCode, RequestStatus

SHOWN_TEXT = 80  # characters of a client's text echoed back in a comment


class RequestFailed(Exception):
    """A request that cannot be done: its status code and a comment naming the field or the reason."""

    def __init__(self, status: RequestStatus, comment: str) -> None:
        super().__init__(comment)
        self.status = status
        self.comment = comment


class ProtocolViolation(Exception):
    """A message that ends the session: the close code and its reason."""

    def __init__(self, code: CloseCode, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def shown(text: str) -> str:
    """A client's text, quoted and cut short, for a comment: it can be any length."""
    return repr(text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT] + "…")
