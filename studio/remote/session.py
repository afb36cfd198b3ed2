"""One client's session, as obs-websocket 5 runs it: Hello, then Identify (with the answer to the
challenge when a password is set), then requests, batches and Reidentify; events go to it by its
subscriptions. Any message that breaks the protocol ends the session with the documented code."""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import Any, Protocol

from studio.remote.authentication import Challenge
from studio.remote.errors import ProtocolViolation, RequestFailed
from studio.remote.login_throttle import LoginThrottle
from studio.remote.messages import (
    Message,
    RequestResult,
    batch_response,
    hello,
    identified,
    request_response,
    request_result,
)
from studio.remote.protocol import RPC_VERSION, BatchExecution, CloseCode, EventSubscription, OpCode, RequestStatus
from studio.remote.requests.context import SessionCounts
from studio.remote.requests.fields import Fields
from studio.remote.requests.registry import BATCH_ONLY

log = logging.getLogger(__name__)

MAX_SLEEP_MILLIS, MAX_SLEEP_FRAMES = 50_000, 10_000


class SessionState(enum.Enum):
    AWAITING_IDENTIFY = "awaiting identify"
    IDENTIFIED = "identified"


class Dispatcher(Protocol):
    """Runs a request off the event loop and gives its result."""

    frame_seconds: float

    async def run(self, request_type: str, data: Any, counts: SessionCounts) -> RequestResult: ...


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class Session:
    def __init__(self, address: str, challenge: Challenge | None, throttle: LoginThrottle,
                 dispatcher: Dispatcher) -> None:
        self.address = address
        self.state = SessionState.AWAITING_IDENTIFY
        self.subscriptions = EventSubscription.NONE
        self.incoming = self.outgoing = 0
        self._challenge, self._throttle, self._dispatcher = challenge, throttle, dispatcher

    def hello(self) -> Message:
        return hello(self._challenge.hello_data() if self._challenge is not None else None)

    @property
    def identified(self) -> bool:
        return self.state is SessionState.IDENTIFIED

    def wants(self, intent: EventSubscription) -> bool:
        return self.identified and bool(self.subscriptions & intent)

    def counts(self) -> SessionCounts:
        return SessionCounts(self.incoming, self.outgoing)

    async def handle(self, message: dict[str, Any]) -> Message | None:
        """The answer to one decoded message, if it has one; ProtocolViolation ends the session."""
        if not self.identified and "request-type" in message:
            raise ProtocolViolation(CloseCode.UNSUPPORTED_RPC_VERSION,
                                    "this is obs-websocket 5: the client speaks the 4.x protocol")
        op = message.get("op")
        if not isinstance(op, int) or isinstance(op, bool):
            raise ProtocolViolation(CloseCode.UNKNOWN_OP_CODE, "the message has no numeric `op`")
        data = message.get("d")
        if not isinstance(data, dict):
            code = CloseCode.MISSING_DATA_FIELD if data is None else CloseCode.INVALID_DATA_FIELD_TYPE
            raise ProtocolViolation(code, "the message's data (`d`) is not an object")
        if not self.identified and op != OpCode.IDENTIFY:
            raise ProtocolViolation(CloseCode.NOT_IDENTIFIED, "send Identify before anything else")
        if op == OpCode.IDENTIFY:
            return await self._identify(data)
        if op == OpCode.REIDENTIFY:
            self._subscribe(data)
            return identified()
        if op == OpCode.REQUEST:
            return await self._request(data)
        if op == OpCode.REQUEST_BATCH:
            return await self._batch(data)
        raise ProtocolViolation(CloseCode.UNKNOWN_OP_CODE, f"unknown op {op}")

    async def _identify(self, data: dict[str, Any]) -> Message:
        if self.identified:
            raise ProtocolViolation(CloseCode.ALREADY_IDENTIFIED, "already identified: use Reidentify")
        if self._challenge is not None:
            await self._authenticate(data.get("authentication"))
        version = data.get("rpcVersion")
        if version is None:
            raise ProtocolViolation(CloseCode.MISSING_DATA_FIELD, "Identify needs rpcVersion")
        if not _is_count(version):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "rpcVersion must be a whole number")
        if version != RPC_VERSION:
            raise ProtocolViolation(CloseCode.UNSUPPORTED_RPC_VERSION, f"this server speaks rpcVersion {RPC_VERSION}")
        self.subscriptions = EventSubscription.ALL
        self._subscribe(data)
        self.state = SessionState.IDENTIFIED
        return identified()

    async def _authenticate(self, answer: Any) -> None:
        assert self._challenge is not None
        wait = self._throttle.wait_before_checking(self.address)
        if wait > 0:
            await asyncio.sleep(wait)
        if not isinstance(answer, str) or not self._challenge.accepts(answer):
            self._throttle.failed(self.address)
            log.warning("remote control: a client at %s gave a wrong password", self.address)
            raise ProtocolViolation(CloseCode.AUTHENTICATION_FAILED, "authentication failed: wrong password")
        self._throttle.succeeded(self.address)

    def _subscribe(self, data: dict[str, Any]) -> None:
        wanted = data.get("eventSubscriptions")
        if wanted is None:
            return
        if not _is_count(wanted):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "eventSubscriptions must be a whole number")
        self.subscriptions = EventSubscription(wanted & _KNOWN_SUBSCRIPTIONS)

    async def _request(self, data: dict[str, Any]) -> Message:
        if "requestId" not in data:
            raise ProtocolViolation(CloseCode.MISSING_DATA_FIELD, "the request has no requestId")
        request_type = data.get("requestType")
        if request_type is None:
            raise ProtocolViolation(CloseCode.MISSING_DATA_FIELD, "the request has no requestType")
        if not isinstance(request_type, str):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "requestType must be a string")
        if request_type == BATCH_ONLY:
            result = RequestResult(RequestStatus.UNSUPPORTED_REQUEST_BATCH_EXECUTION_TYPE, "Sleep works only in a batch")
        else:
            result = await self._dispatcher.run(request_type, data.get("requestData"), self.counts())
        return request_response(request_type, data["requestId"], result)

    async def _batch(self, data: dict[str, Any]) -> Message:
        if "requestId" not in data:
            raise ProtocolViolation(CloseCode.MISSING_DATA_FIELD, "the batch has no requestId")
        halt = data.get("haltOnFailure", False)
        if halt is None:
            halt = False
        if not isinstance(halt, bool):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "haltOnFailure must be true or false")
        execution = self._execution(data.get("executionType"))
        requests = data.get("requests")
        if requests is None:
            raise ProtocolViolation(CloseCode.MISSING_DATA_FIELD, "the batch has no requests")
        if not isinstance(requests, list):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "requests must be a list")
        results = []
        for request in requests:
            request = request if isinstance(request, dict) else {}
            named = request.get("requestType")
            request_type = named if isinstance(named, str) else ""
            result = await self._batch_request(request_type, request.get("requestData"), execution)
            results.append(request_result(request_type, request.get("requestId"), result))
            if halt and not result.ok:
                break
        return batch_response(data["requestId"], results)

    @staticmethod
    def _execution(value: Any) -> BatchExecution:
        if value is None:
            return BatchExecution.SERIAL_REALTIME
        if not isinstance(value, int) or isinstance(value, bool):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_TYPE, "executionType must be a number")
        if value not in tuple(BatchExecution):
            raise ProtocolViolation(CloseCode.INVALID_DATA_FIELD_VALUE, f"executionType {value} is not 0, 1 or 2")
        return BatchExecution(value)

    async def _batch_request(self, request_type: str, data: Any, execution: BatchExecution) -> RequestResult:
        if request_type != BATCH_ONLY:
            return await self._dispatcher.run(request_type, data, self.counts())
        try:
            await asyncio.sleep(self._sleep_seconds(Fields(data), execution))
        except RequestFailed as failure:
            return RequestResult(failure.status, failure.comment)
        return RequestResult()

    def _sleep_seconds(self, fields: Fields, execution: BatchExecution) -> float:
        if execution is BatchExecution.SERIAL_FRAME:
            return fields.integer("sleepFrames", 0, MAX_SLEEP_FRAMES) * self._dispatcher.frame_seconds
        if execution is BatchExecution.SERIAL_REALTIME:
            return fields.number("sleepMillis", 0, MAX_SLEEP_MILLIS) / 1000
        raise RequestFailed(RequestStatus.UNSUPPORTED_REQUEST_BATCH_EXECUTION_TYPE, "Sleep works only in a serial batch")


_KNOWN_SUBSCRIPTIONS = int(EventSubscription.ALL | EventSubscription.INPUT_VOLUME_METERS)
