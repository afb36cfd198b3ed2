"""obsws-python (from PyPI, JSON) drives the show through remote control as it drives OBS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import obsws_python as obs
import pytest
from obsws_python.error import OBSSDKError, OBSSDKRequestError

from media.compositor import BACKGROUND
from studio.destinations import DestinationKind, ResolvedDestination
from studio.live.show import LiveShow
from studio.remote.server import RemoteServer
from studio.remote.settings import RemoteSettingError, RemoteSettings
from studio.scenes import CAMERA_SCENE, PRODUCT_SCENE
from studio.shows import pinned_product_id
from studio.store import store_session
from tests.rtmp_peer import free_port
from tests.studio.remote.conftest import BLUE, PASSWORD, Received, listen, looks_like, program_pixel, wait_for


@pytest.fixture
def client(server: RemoteServer) -> Iterator[obs.ReqClient]:
    requests = obs.ReqClient(host="127.0.0.1", port=server.port, password=PASSWORD, timeout=30)
    yield requests
    requests.disconnect()


@pytest.fixture
def events(server: RemoteServer) -> Iterator[Received]:
    received = Received()
    listener = listen(server.port, received, "CurrentProgramSceneChanged", "CurrentPreviewSceneChanged",
                      "StudioModeStateChanged", "RecordStateChanged", "StreamStateChanged", "InputMuteStateChanged",
                      "VendorEvent")
    yield received
    listener.disconnect()


def test_scenes_are_listed_as_obs_lists_them(client, show):
    listed = client.get_scene_list()
    assert listed.current_program_scene_name == CAMERA_SCENE and listed.current_preview_scene_name is None
    names = show.scene_names()
    assert [scene["sceneName"] for scene in listed.scenes] == names[::-1]  # OBS: bottom first
    assert [scene["sceneIndex"] for scene in listed.scenes] == list(range(len(names)))


def test_switching_the_program_scene_changes_the_composed_frame_and_tells_clients(client, events, show):
    wait_for(lambda: looks_like(program_pixel(show), BLUE))
    client.set_current_program_scene("Blank")
    assert events.wait_for(lambda kind, _: kind == "CurrentProgramSceneChanged").scene_name == "Blank"
    wait_for(lambda: looks_like(program_pixel(show), BACKGROUND))
    assert client.get_current_program_scene().scene_name == "Blank"
    with pytest.raises(OBSSDKRequestError) as missing:
        client.set_current_program_scene("Nowhere")
    assert missing.value.code == 600


def test_studio_mode_prepares_the_preview_and_the_transition_takes_it_to_program(client, events, show):
    with pytest.raises(OBSSDKRequestError) as off:
        client.set_current_preview_scene("Blank")
    assert off.value.code == 506
    client.set_studio_mode_enabled(True)
    assert events.wait_for(lambda kind, _: kind == "StudioModeStateChanged").studio_mode_enabled is True
    client.set_current_preview_scene("Blank")
    assert events.wait_for(lambda kind, data: kind == "CurrentPreviewSceneChanged"
                           and data.scene_name == "Blank").scene_name == "Blank"
    assert looks_like(program_pixel(show), BLUE)  # the preview is prepared off air
    client.trigger_studio_mode_transition()
    events.wait_for(lambda kind, data: kind == "CurrentProgramSceneChanged" and data.scene_name == "Blank")
    wait_for(lambda: looks_like(program_pixel(show), BACKGROUND))
    assert (client.get_current_program_scene().scene_name, client.get_current_preview_scene().scene_name) == (
        "Blank", CAMERA_SCENE)


def test_a_recording_started_and_stopped_remotely_is_a_file_that_record_state_changed_names(client, events, show):
    client.start_record()
    started = events.wait_for(lambda kind, data: kind == "RecordStateChanged" and data.output_active)
    assert started.output_state == "OBS_WEBSOCKET_OUTPUT_STARTED"
    with pytest.raises(OBSSDKRequestError) as twice:
        client.start_record()
    assert twice.value.code == 500
    wait_for(lambda: client.get_record_status().output_bytes > 20_000)
    status = client.get_record_status()
    assert status.output_active and status.output_duration > 0 and status.output_timecode.startswith("00:00:")
    path = client.stop_record().output_path
    stopped = events.wait_for(lambda kind, data: kind == "RecordStateChanged" and not data.output_active)
    assert stopped.output_state == "OBS_WEBSOCKET_OUTPUT_STOPPED" and stopped.output_path == path
    assert path.startswith(str(show.paths.recordings)) and path.endswith(".mkv")
    wait_for(lambda: show.recording is None)
    assert Path(path).stat().st_size > 20_000
    with pytest.raises(OBSSDKRequestError) as idle:
        client.stop_record()
    assert idle.value.code == 501


def test_the_stream_status_while_live_to_a_real_rtmp_receiver(client, events, show, receivers):
    receiver = receivers(free_port(), 4.0)
    show.go_live([ResolvedDestination("Shop", DestinationKind.RTMP, receiver.url, None)])
    started = events.wait_for(lambda kind, data: kind == "StreamStateChanged" and data.output_active)
    assert started.output_state == "OBS_WEBSOCKET_OUTPUT_STARTED"
    wait_for(lambda: client.get_stream_status().output_bytes > 20_000)
    status = client.get_stream_status()
    assert status.output_active and not status.output_reconnecting
    assert status.output_duration > 0 and status.output_total_frames > 0 and 0 <= status.output_congestion <= 1
    client.stop_stream()
    stopped = events.wait_for(lambda kind, data: kind == "StreamStateChanged" and not data.output_active
                              and data.output_state == "OBS_WEBSOCKET_OUTPUT_STOPPED")
    assert stopped.output_active is False
    assert not client.get_stream_status().output_active
    assert receiver.seen()["video_frames"] > 10


def test_an_input_is_muted_and_its_volume_set(client, events, show):
    assert [one["inputName"] for one in client.get_input_list().inputs][:1] == ["tone"]
    client.set_input_mute("tone", True)
    assert events.wait_for(lambda kind, _: kind == "InputMuteStateChanged").input_muted is True
    assert show.audio.inputs()[0].muted and client.get_input_mute("tone").input_muted
    assert client.toggle_input_mute("tone").input_muted is False
    client.set_input_volume("tone", vol_db=-6.0)
    assert show.audio.inputs()[0].gain_db == pytest.approx(-6.0)
    assert client.get_input_volume("tone").input_volume_mul == pytest.approx(0.501, abs=0.001)
    with pytest.raises(OBSSDKRequestError) as video:
        client.set_input_mute("camera", True)
    assert video.value.code == 604
    with pytest.raises(OBSSDKRequestError) as loud:
        client.set_input_volume("tone", vol_db=25.0)
    assert loud.value.code == 402


def test_pinning_a_product_through_the_vendor_puts_its_card_on_the_program(client, events, show):
    client.set_current_program_scene(PRODUCT_SCENE)
    wait_for(lambda: looks_like(program_pixel(show, 140, 60), BLUE, 12))  # nothing pinned: the camera shows there
    answer = client.call_vendor_request("vitrina", "PinProduct", {"code": "a2"})
    assert answer.response_data["pinned"]["code"] == "A2"
    with store_session(show.paths) as db:
        assert pinned_product_id(db, show.show_id) is not None
    wait_for(lambda: not looks_like(program_pixel(show, 140, 60), BLUE, 40))  # the card, bottom left
    changed = events.wait_for(lambda kind, data: kind == "VendorEvent" and data.event_type == "PinnedProductChanged")
    assert changed.vendor_name == "vitrina" and changed.event_data["pinned"]["title"]
    with pytest.raises(OBSSDKRequestError) as unknown:
        client.call_vendor_request("vitrina", "PinProduct", {"code": "ZZ9"})
    assert unknown.value.code == 600


def test_an_unknown_request_is_204_and_the_connection_stays(client):
    with pytest.raises(OBSSDKRequestError) as unknown:
        client.send("GetSourceScreenshot", {"sourceName": "camera"})
    assert unknown.value.code == 204
    assert client.get_version().obs_web_socket_version.startswith("5.")


def test_a_wrong_password_is_refused_and_no_password_is_logged(server, client, caplog):
    caplog.set_level("DEBUG")
    refused = obs.baseclient.ObsClient(host="127.0.0.1", port=server.port, password="wrong", timeout=30)
    try:  # what ReqClient does on connecting, which leaves its socket open when it fails
        with pytest.raises(OBSSDKError, match="failed to identify"):
            refused.authenticate()
    finally:
        refused.ws.shutdown()  # the close frame came already: only the socket is left
    assert server.client_count() == 1  # `client` alone
    ours = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("studio"))
    assert "gave a wrong password" in ours and PASSWORD not in ours and "wrong'" not in ours


def test_without_a_password_a_server_on_the_network_is_refused(show):
    with pytest.raises(RemoteSettingError, match="only on this machine"):
        RemoteServer(show, RemoteSettings("0.0.0.0", 0, password_required=False), None)


def test_a_client_that_asked_for_no_events_gets_only_its_answers(server, show: LiveShow):
    quiet = obs.ReqClient(host="127.0.0.1", port=server.port, password=PASSWORD, timeout=30)  # subs=0
    try:
        show.set_program_scene("Blank")
        assert quiet.get_current_program_scene().scene_name == "Blank"  # the answer, not an event, came next
        assert server.client_count() == 1
    finally:
        quiet.disconnect()
    wait_for(lambda: server.client_count() == 0)
