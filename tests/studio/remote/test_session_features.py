"""Scene items, GetStats with the show's figures, Reidentify, custom events, volume meters on
request only, and ExitStarted when the studio quits."""

from __future__ import annotations

import asyncio
import json

import obsws_python as obs

from media.compositor import BACKGROUND
from studio.scenes import CAMERA_SCENE
from tests.studio.remote.conftest import BLUE, PASSWORD, looks_like, program_pixel, wait_for
from tests.studio.remote.wire_client import close_code, identified, request

TIMEOUT = 60
SCENES, GENERAL, METERS = 1 << 2, 1 << 0, 1 << 16


def run(work):
    return asyncio.run(asyncio.wait_for(work, TIMEOUT))


def test_a_scene_item_disabled_leaves_the_program(server, show):
    client = obs.ReqClient(host="127.0.0.1", port=server.port, password=PASSWORD, timeout=30)
    try:
        items = client.get_scene_item_list(CAMERA_SCENE).scene_items
        assert [(item["sceneItemId"], item["sourceName"], item["sceneItemEnabled"]) for item in items] == [
            (1, "camera", True)]
        assert items[0]["sceneItemTransform"]["width"] == 320
        wait_for(lambda: looks_like(program_pixel(show), BLUE))
        client.set_scene_item_enabled(CAMERA_SCENE, 1, False)
        wait_for(lambda: looks_like(program_pixel(show), BACKGROUND))
        assert client.get_scene_item_list(CAMERA_SCENE).scene_items[0]["sceneItemEnabled"] is False
        stats = client.get_stats()
    finally:
        client.disconnect()
    assert stats.render_total_frames > 0 and stats.active_fps > 0 and stats.memory_usage > 10
    assert stats.available_disk_space > 0 and stats.web_socket_session_incoming_messages == 5


def test_reidentify_custom_events_and_meters_only_for_who_asked(server):
    async def work():
        talker = await identified(server.port, subscriptions=0)
        meters = await identified(server.port, subscriptions=METERS)
        first = json.loads(await meters.recv())["d"]
        await talker.send(json.dumps({"op": 3, "d": {"eventSubscriptions": GENERAL}}))
        assert json.loads(await talker.recv())["op"] == 2
        listener = await identified(server.port)  # the default: every low-volume category
        answer = await request(meters, "BroadcastCustomEvent", eventData={"deck": "button 4"})
        custom = [json.loads(await socket.recv())["d"] for socket in (talker, listener)]
        for socket in (talker, meters, listener):
            await socket.close()
        return first, answer, custom

    first, answer, custom = run(work())
    assert first["eventType"] == "InputVolumeMeters" and first["eventIntent"] == METERS
    assert first["eventData"]["inputs"][0]["inputName"] == "tone"
    assert answer["requestStatus"]["code"] == 100
    assert [(event["eventType"], event["eventData"]) for event in custom] == [("CustomEvent", {"deck": "button 4"})] * 2


def test_quitting_says_exit_started_and_closes_with_going_away(server):
    async def work():
        socket = await identified(server.port, subscriptions=GENERAL)
        await asyncio.to_thread(server.stop)
        message = json.loads(await socket.recv())
        return message["d"]["eventType"], await close_code(socket)

    assert run(work()) == ("ExitStarted", 1001)
