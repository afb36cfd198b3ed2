"""The messages this server sends, built as obs-websocket 5 lays them out (op and d)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.remote.protocol import (
    OBS_STUDIO_VERSION,
    OBS_WEBSOCKET_VERSION,
    RPC_VERSION,
    EventSubscription,
    OpCode,
    RequestStatus,
)

Message = dict[str, Any]


@dataclass(frozen=True)
class RequestResult:
    status: RequestStatus = RequestStatus.SUCCESS
    comment: str = ""
    data: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status is RequestStatus.SUCCESS


@dataclass(frozen=True)
class Event:
    intent: EventSubscription
    type: str
    data: dict[str, Any] | None = field(default=None)


def hello(authentication: dict[str, str] | None) -> Message:
    data: dict[str, Any] = {"obsStudioVersion": OBS_STUDIO_VERSION, "obsWebSocketVersion": OBS_WEBSOCKET_VERSION,
                            "rpcVersion": RPC_VERSION}
    if authentication is not None:
        data["authentication"] = authentication
    return {"op": OpCode.HELLO, "d": data}


def identified() -> Message:
    return {"op": OpCode.IDENTIFIED, "d": {"negotiatedRpcVersion": RPC_VERSION}}


def event_message(event: Event) -> Message:
    data: dict[str, Any] = {"eventType": event.type, "eventIntent": int(event.intent)}
    if event.data is not None:
        data["eventData"] = event.data
    return {"op": OpCode.EVENT, "d": data}


def request_result(request_type: str, request_id: Any, result: RequestResult) -> dict[str, Any]:
    """One request's answer, alone (in a RequestResponse) or in a batch's results; a batch's
    request without a requestId gets an answer without one."""
    status: dict[str, Any] = {"result": result.ok, "code": int(result.status)}
    if result.comment:
        status["comment"] = result.comment
    answer: dict[str, Any] = {"requestType": request_type}
    if request_id is not None:
        answer["requestId"] = request_id
    answer["requestStatus"] = status
    if result.data is not None:
        answer["responseData"] = result.data
    return answer


def request_response(request_type: str, request_id: Any, result: RequestResult) -> Message:
    return {"op": OpCode.REQUEST_RESPONSE, "d": request_result(request_type, request_id, result)}


def batch_response(request_id: Any, results: list[dict[str, Any]]) -> Message:
    return {"op": OpCode.REQUEST_BATCH_RESPONSE, "d": {"requestId": request_id, "results": results}}
