"""A request's `requestData`, read field by field: a missing field, a wrong type or a value out
of range fails the request with the status obs-websocket uses and a comment naming the field."""

from __future__ import annotations

import math
from typing import Any

from studio.remote.errors import RequestFailed
from studio.remote.protocol import RequestStatus


class Fields:
    def __init__(self, data: Any) -> None:
        if data is not None and not isinstance(data, dict):
            raise RequestFailed(RequestStatus.MISSING_REQUEST_DATA, "requestData must be an object")
        self._data: dict[str, Any] = data or {}

    def has(self, name: str) -> bool:
        return self._data.get(name) is not None

    def text(self, name: str) -> str:
        value = self._required(name, str, "a string")
        if not value:
            raise RequestFailed(RequestStatus.REQUEST_FIELD_EMPTY, f"{name} is empty")
        return value

    def optional_text(self, name: str) -> str | None:
        return self.text(name) if self.has(name) else None

    def text_or_number(self, name: str) -> str:
        """A field a client may send as "19.99" or as 19.99, as text."""
        value = self._data.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return str(value)
        return self.text(name)

    def list_of_text(self, name: str) -> list[str]:
        values = self._required(name, list, "a list of strings")
        if not all(isinstance(value, str) for value in values):
            raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD_TYPE, f"{name} must be a list of strings")
        return values

    def flag(self, name: str) -> bool:
        return self._required(name, bool, "true or false")

    def mapping(self, name: str) -> dict[str, Any]:
        return self._required(name, dict, "an object")

    def optional_mapping(self, name: str) -> dict[str, Any]:
        return self.mapping(name) if self.has(name) else {}

    def number(self, name: str, low: float, high: float) -> float:
        value = self._data.get(name)
        if value is None:
            raise RequestFailed(RequestStatus.MISSING_REQUEST_FIELD, f"the request needs {name}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD_TYPE, f"{name} must be a number")
        if not low <= value <= high:
            raise RequestFailed(RequestStatus.REQUEST_FIELD_OUT_OF_RANGE, f"{name} must be from {low:g} to {high:g}")
        return float(value)

    def integer(self, name: str, low: int, high: int) -> int:
        value = self.number(name, low, high)
        if not value.is_integer():
            raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD_TYPE, f"{name} must be a whole number")
        return int(value)

    def _required(self, name: str, kind: type, words: str) -> Any:
        value = self._data.get(name)
        if value is None:
            raise RequestFailed(RequestStatus.MISSING_REQUEST_FIELD, f"the request needs {name}")
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD_TYPE, f"{name} must be {words}")
        return value
