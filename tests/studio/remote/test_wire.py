"""The protocol's edges, with a bare WebSocket client: each mistake closes only its own
connection with the documented code; a request id may be a number; 50 sessions all hear an event."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
import websockets

from studio.remote.server import RemoteServer
from studio.remote.settings import RemoteSettings
from tests.studio.remote.conftest import BACKGROUND_SCENE, PASSWORD
from tests.studio.remote.wire_client import answer_for, close_code, connect, identified, request

TIMEOUT = 60


def run(work):
    return asyncio.run(asyncio.wait_for(work, TIMEOUT))


async def _closed_after(port: int, *messages: str | bytes, identify: bool = True) -> int | None:
    socket = await identified(port) if identify else await connect(port)
    if not identify:
        await socket.recv()  # Hello
    for message in messages:
        await socket.send(message)
    return await close_code(socket)


@pytest.mark.parametrize("messages, identify, code", [
    (["{not json"], True, 4002),
    ([b"\x81\xa2op\x06"], True, 4002),  # binary on a JSON session
    (['[1, 2]'], True, 4002),
    (['{"op": 6, "d": {"requestType": "GetVersion", "requestId": "1"}}'], False, 4007),
    (['{"op": 1, "d": {"rpcVersion": 1}}'], True, 4008),
    (['{"op": 42, "d": {}}'], True, 4006),
    (['{"d": {}}'], True, 4006),
    (['{"op": 6}'], True, 4003),
    (['{"op": 6, "d": []}'], True, 4004),
    (['{"op": 6, "d": {"requestType": "GetVersion"}}'], True, 4003),
    (['{"op": 6, "d": {"requestType": 7, "requestId": "1"}}'], True, 4004),
    (['{"op": 8, "d": {"requestId": "1", "requests": [], "executionType": 9}}'], True, 4005),
    (['{"op": 1, "d": {"rpcVersion": 2}}'], False, 4009),  # the password is checked first, as OBS does
    (['{"request-type": "GetVersion", "message-id": "1"}'], False, 4010),
])
def test_a_broken_message_closes_its_connection_with_the_documented_code(server, messages, identify, code):
    assert run(_closed_after(server.port, *messages, identify=identify)) == code


def test_a_wrong_rpc_version_with_the_right_password_is_4010(server):
    async def work():
        socket = await connect(server.port)
        hello = json.loads(await socket.recv())
        await socket.send(json.dumps({"op": 1, "d": {"rpcVersion": 2, "authentication": answer_for(hello, PASSWORD)}}))
        return await close_code(socket)

    assert run(work()) == 4010


def test_a_megabyte_or_broken_json_closes_that_connection_alone(server, show):
    async def work():
        bystander = await identified(server.port)
        huge = await identified(server.port)
        broken = await identified(server.port)
        await huge.send(json.dumps({"op": 6, "d": {"requestType": "GetVersion", "requestId": "x" * 1_000_000}}))
        await broken.send('{"op": 6, "d": {"requestType": "GetVersion", "requestId": ')
        codes = await close_code(huge), await close_code(broken)
        answer = await request(bystander, "SetCurrentProgramScene", sceneName=BACKGROUND_SCENE)
        await bystander.close()
        return codes, answer

    codes, answer = run(work())
    assert codes == (1009, 4002)
    assert answer["requestStatus"] == {"result": True, "code": 100} and show.program_scene == BACKGROUND_SCENE


def test_a_request_id_may_be_a_number_and_a_batch_without_ids_is_answered_in_order(server):
    async def work():
        socket = await identified(server.port)
        single = await request(socket, "GetStudioModeEnabled", request_id=17)
        await socket.send(json.dumps({"op": 8, "d": {"requestId": 18, "requests": [
            {"requestType": "GetStudioModeEnabled"}, {"requestType": "Sleep", "requestData": {"sleepMillis": -1}},
            {"requestType": "GetCurrentPreviewScene", "requestId": "p"}]}}))
        batch = json.loads(await socket.recv())
        lonely_sleep = await request(socket, "Sleep", sleepMillis=10)
        await socket.close()
        return single, batch, lonely_sleep

    single, batch, lonely_sleep = run(work())
    assert single["requestId"] == 17 and single["responseData"] == {"studioModeEnabled": False}
    assert batch["op"] == 9 and batch["d"]["requestId"] == 18
    results = batch["d"]["results"]
    assert [result["requestStatus"]["code"] for result in results] == [100, 402, 506]
    assert "requestId" not in results[0] and results[2]["requestId"] == "p"
    assert lonely_sleep["requestStatus"]["code"] == 206


def test_fifty_clients_all_get_the_event(server, show):
    async def work():
        clients = await asyncio.gather(*(identified(server.port, subscriptions=1 << 2) for _ in range(50)))
        assert server.client_count() == 50
        await asyncio.to_thread(show.set_program_scene, BACKGROUND_SCENE)

        async def heard(socket):
            message = json.loads(await socket.recv())
            return message["d"]["eventType"], message["d"]["eventData"]["sceneName"]

        seen = await asyncio.gather(*(heard(socket) for socket in clients))
        await asyncio.gather(*(socket.close() for socket in clients))
        return seen

    assert run(work()) == [("CurrentProgramSceneChanged", BACKGROUND_SCENE)] * 50


def test_failed_logins_from_one_address_are_slowed_to_one_a_second(server):
    async def attempt():
        socket = await connect(server.port)
        await socket.recv()
        await socket.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": "guess"}}))
        return await close_code(socket)

    async def work():
        free = [await attempt() for _ in range(5)]
        started = time.monotonic()
        slowed = [await attempt() for _ in range(3)]
        return free, slowed, time.monotonic() - started

    free, slowed, seconds = run(work())
    assert free == [4009] * 5 and slowed == [4009] * 3
    assert seconds >= 2.0  # tries 6, 7 and 8: one a second at most (a lower bound only)


def test_a_web_page_is_refused_unless_its_origin_is_allowed(show):
    allowed = RemoteServer(show, RemoteSettings(port=0, allowed_origins=("https://deck.example",)), PASSWORD)
    allowed.start()

    async def work():
        with pytest.raises(websockets.InvalidStatus) as refused:
            await connect(allowed.port, origin="https://shop.example")
        rebinding = f"http://evil.example:{allowed.port}"  # a name that could point anywhere
        with pytest.raises(websockets.InvalidStatus) as rebound:  # Host and Origin agree, as after DNS rebinding
            await websockets.connect(f"ws://evil.example:{allowed.port}", host="127.0.0.1", port=allowed.port,
                                     origin=rebinding, open_timeout=30)
        welcome = await connect(allowed.port, origin="https://deck.example")
        hello = json.loads(await welcome.recv())
        await welcome.close()
        return refused.value.response.status_code, rebound.value.response.status_code, hello["op"]

    try:
        assert run(work()) == (403, 403, 0)
    finally:
        allowed.stop()


def test_an_encoding_this_server_does_not_speak_is_refused_and_json_is_chosen_when_offered(server):
    async def work():
        with pytest.raises(websockets.InvalidStatus) as refused:
            await connect(server.port, subprotocols=["obswebsocket.cbor"])
        chosen = await connect(server.port, subprotocols=["obswebsocket.json"])
        protocol = chosen.subprotocol
        await chosen.close()
        return refused.value.response.status_code, protocol

    assert run(work()) == (400, "obswebsocket.json")


def test_hostile_text_is_answered_with_a_short_comment_and_the_session_goes_on(server, show):
    async def work():
        socket = await identified(server.port)
        long_name = await request(socket, "SetCurrentProgramScene", sceneName="Сцена 🎬 " * 5_000)  # 90 kB, under the limit
        wrong_type = await request(socket, "SetCurrentProgramScene", sceneName=["Blank"])
        scenes = await request(socket, "GetSceneList")
        await socket.send(json.dumps({"op": 6, "d": {"requestType": "GetInputMute", "requestId": "l", "requestData": [1]}}))
        listed = json.loads(await socket.recv())["d"]
        await socket.close()
        return long_name, wrong_type, scenes, listed

    long_name, wrong_type, scenes, listed = run(work())
    assert long_name["requestStatus"]["code"] == 600 and len(long_name["requestStatus"]["comment"]) < 300
    assert "Сцена 🎬" in long_name["requestStatus"]["comment"]
    assert wrong_type["requestStatus"] == {"result": False, "code": 401, "comment": "sceneName must be a string"}
    assert scenes["requestStatus"]["code"] == 100 and listed["requestStatus"]["code"] == 301
    assert show.program_scene == "Camera"
