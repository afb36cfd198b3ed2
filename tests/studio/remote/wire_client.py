"""A bare obs-websocket client over the `websockets` library, for what the PyPI clients never
send: broken messages, a megabyte, protocol mistakes, fifty sessions at once."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from tests.studio.remote.conftest import PASSWORD


def answer_for(hello: dict[str, Any], password: str) -> str:
    """The documented answer, written out here rather than borrowed from the server."""
    authentication = hello["d"]["authentication"]
    secret = base64.b64encode(hashlib.sha256((password + authentication["salt"]).encode()).digest())
    return base64.b64encode(hashlib.sha256(secret + authentication["challenge"].encode()).digest()).decode()


async def connect(port: int, **options: Any) -> ClientConnection:
    return await websockets.connect(f"ws://127.0.0.1:{port}", open_timeout=30, **options)


async def identified(port: int, password: str = PASSWORD, subscriptions: int | None = None) -> ClientConnection:
    socket = await connect(port)
    hello = json.loads(await socket.recv())
    identify: dict[str, Any] = {"rpcVersion": 1, "authentication": answer_for(hello, password)}
    if subscriptions is not None:
        identify["eventSubscriptions"] = subscriptions
    await socket.send(json.dumps({"op": 1, "d": identify}))
    reply = json.loads(await socket.recv())
    assert reply == {"op": 2, "d": {"negotiatedRpcVersion": 1}}, reply
    return socket


async def request(socket: ClientConnection, request_type: str, request_id: Any = "1", **data: Any) -> dict[str, Any]:
    await socket.send(json.dumps({"op": 6, "d": {"requestType": request_type, "requestId": request_id,
                                                 "requestData": data}}))
    while True:
        message = json.loads(await socket.recv())
        if message["op"] == 7:
            return message["d"]


async def close_code(socket: ClientConnection) -> int | None:
    """Reads until the server closes; its close code."""
    try:
        while True:
            await socket.recv()
    except websockets.ConnectionClosed:
        pass
    return socket.close_code
