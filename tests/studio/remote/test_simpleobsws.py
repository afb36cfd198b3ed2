"""simpleobsws (from PyPI, which speaks MessagePack) drives the show: batches, events, a wrong password."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import simpleobsws

from media.compositor import BACKGROUND
from studio.remote.server import RemoteServer
from studio.scenes import CAMERA_SCENE
from tests.studio.remote.conftest import BACKGROUND_SCENE, PASSWORD, looks_like, program_pixel, wait_for

TIMEOUT = 60


def with_client(server: RemoteServer, work: Callable[[simpleobsws.WebSocketClient], Awaitable[Any]],
                password: str = PASSWORD, subscriptions: int | None = None) -> Any:
    async def session() -> Any:
        parameters = simpleobsws.IdentificationParameters(eventSubscriptions=subscriptions)
        client = simpleobsws.WebSocketClient(f"ws://127.0.0.1:{server.port}", password, parameters)
        await client.connect()
        try:
            return await work(client)
        finally:
            await client.disconnect()

    return asyncio.run(asyncio.wait_for(session(), TIMEOUT))


def test_a_batch_with_halt_on_failure_stops_at_the_failing_request(server, show):
    async def work(client):
        assert await client.wait_until_identified(TIMEOUT)
        requests = [simpleobsws.Request("SetCurrentProgramScene", {"sceneName": BACKGROUND_SCENE}),
                    simpleobsws.Request("Sleep", {"sleepMillis": 50}),
                    simpleobsws.Request("SetCurrentProgramScene", {"sceneName": "Nowhere"}),
                    simpleobsws.Request("SetCurrentProgramScene", {"sceneName": CAMERA_SCENE})]
        halted = await client.call_batch(requests, halt_on_failure=True)
        carried_on = await client.call_batch([simpleobsws.Request("NoSuchRequest"), simpleobsws.Request("GetVersion")])
        return halted, carried_on

    halted, carried_on = with_client(server, work)
    assert [(result.requestType, result.requestStatus.code) for result in halted] == [
        ("SetCurrentProgramScene", 100), ("Sleep", 100), ("SetCurrentProgramScene", 600)]
    assert show.program_scene == BACKGROUND_SCENE  # the fourth request never ran
    assert [result.requestStatus.code for result in carried_on] == [204, 100]
    wait_for(lambda: looks_like(program_pixel(show), BACKGROUND))


def test_events_arrive_by_subscription(server, show):
    async def work(client):
        seen: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        async def on_event(event_type, data):
            await seen.put((event_type, data))

        client.register_event_callback(on_event)
        assert await client.wait_until_identified(TIMEOUT)
        await client.call(simpleobsws.Request("SetStudioModeEnabled", {"studioModeEnabled": True}))
        await client.call(simpleobsws.Request("SetCurrentProgramScene", {"sceneName": BACKGROUND_SCENE}))
        return [await seen.get() for _ in range(2)]

    scenes_only = 1 << 2  # Scenes: no StudioModeStateChanged (Ui), but the program's change
    (first, data), (second, more) = with_client(server, work, subscriptions=scenes_only)
    assert (first, data["sceneName"]) == ("CurrentPreviewSceneChanged", CAMERA_SCENE)
    assert (second, more["sceneName"]) == ("CurrentProgramSceneChanged", BACKGROUND_SCENE)


def test_a_wrong_password_closes_with_4009(server):
    async def work(client):
        await client.recv_task  # ends when the server closes the connection
        return client.identified, client.ws.close_code

    identified, code = with_client(server, work, password="not it")
    assert (identified, code) == (False, 4009)
