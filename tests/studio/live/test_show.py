"""The live show driven directly, as the window and remote control drive it: no argparse."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import av
import numpy as np
import pytest

from media.compositor import BACKGROUND
from media.health import PartState
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.commerce.cart_store import CartEventKind
from studio.commerce.carts import pay_cart
from studio.destinations import DestinationKind, ResolvedDestination
from studio.live.events import (
    AudioChanged,
    CartChanged,
    LayerShown,
    PartChanged,
    PartRole,
    RecordingStarted,
    RecordingStopped,
    SceneChanged,
    SceneListChanged,
    ShowEnded,
    ShowEvent,
    ShowOpened,
)
from studio.live.settings import ShowSettingError, ShowSettings
from studio.live.show import LiveShow, ShowError
from studio.paths import Paths
from studio.scenes import CAMERA_SCENE, StoredScene, save_scene
from studio.store import store_session
from tests.rtmp_peer import free_port

BLUE = (192, 96, 32)  # BGR of colour:#2060C0
SETTINGS = ShowSettings(width=320, height=180, video_kbps=600, source="colour:#2060C0", scene=CAMERA_SCENE)


class Events:
    """Every event a show sent, and a way to wait for one."""

    def __init__(self) -> None:
        self.seen: list[ShowEvent] = []
        self._changed = threading.Condition()

    def __call__(self, event: ShowEvent) -> None:
        with self._changed:
            self.seen.append(event)
            self._changed.notify_all()

    def wait_for(self, matches, timeout: float = 60.0) -> ShowEvent:
        with self._changed:
            assert self._changed.wait_for(lambda: any(matches(event) for event in self.seen), timeout), self.seen
            return next(event for event in self.seen if matches(event))


def wait_for(condition, timeout: float = 60.0) -> None:
    done = threading.Event()
    for _ in range(int(timeout * 10)):
        if condition():
            return
        done.wait(0.1)
    assert condition()


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    paths = Paths(data_dir)
    with store_session(paths) as db:
        save_scene(db, StoredScene("Blank", ()))
    return paths


@pytest.fixture
def show(paths: Paths):
    opened = LiveShow(paths, SETTINGS)
    yield opened
    opened.close()


def mean_colour(path: Path, first: bool) -> np.ndarray:
    with av.open(str(path)) as container:
        frames = [frame.to_ndarray(format="bgr24") for frame in container.decode(video=0)]
    chosen = frames[2:10] if first else frames[-8:]
    return np.mean([frame[40:140, 60:260].reshape(-1, 3).mean(axis=0) for frame in chosen], axis=0)


def test_open_go_live_switch_scenes_record_and_end(show, paths, receivers, tmp_path):
    events = Events()
    show.subscribe(events)
    show_id = show.open()
    assert events.wait_for(lambda e: isinstance(e, ShowOpened)) == ShowOpened(show_id, False)
    recording = tmp_path / "show.mkv"
    show.start_recording(recording)
    events.wait_for(lambda e: e == RecordingStarted(recording))
    receiver = receivers(free_port(), 3.0)
    show.go_live([ResolvedDestination("Shop", DestinationKind.RTMP, receiver.url, None)])
    live = events.wait_for(lambda e: isinstance(e, PartChanged) and e.health.state is PartState.LIVE
                           and e.role is PartRole.DESTINATION)
    assert live.name == f"Shop (rtmp://127.0.0.1:{receiver.port}/live/****)"
    wait_for(lambda: show.stats().recording is not None and show.stats().recording.sent_packets > 60)

    show.set_program_scene("blank")
    assert events.wait_for(lambda e: isinstance(e, SceneChanged) and e.program == "Blank") == SceneChanged("Blank", None)
    sent = show.stats().recording.sent_packets
    wait_for(lambda: show.stats().recording.sent_packets > sent + 90)
    show.stop_recording()
    stopped = events.wait_for(lambda e: isinstance(e, RecordingStopped))
    assert stopped == RecordingStopped(recording, "")

    seen = receiver.seen()
    assert seen["codecs"] == ["aac", "h264"] and seen["video_frames"] > 30, seen
    stats = show.stats()
    assert stats.destinations[0].health.state is PartState.LIVE or stats.destinations[0].sent_bytes > 0
    show.end()
    ended = events.wait_for(lambda e: isinstance(e, ShowEnded))
    assert ended == ShowEnded(show_id, 0, False)
    with store_session(paths) as db:
        assert db.execute("SELECT ended_at IS NOT NULL FROM shows WHERE id = ?", (show_id,)).fetchone()[0] == 1
    assert np.abs(mean_colour(recording, first=True) - BLUE).max() < 12
    assert np.abs(mean_colour(recording, first=False) - BACKGROUND).max() < 12


def test_a_destination_that_never_connects_reports_its_retry_and_no_bitrate(show):
    events = Events()
    show.subscribe(events)
    show.open()
    url = f"rtmp://127.0.0.1:{free_port()}/live/secret-key"  # nobody listens
    show.go_live([ResolvedDestination("rtmp://127.0.0.1/live/****", DestinationKind.RTMP, url, None)])
    retry = events.wait_for(lambda e: isinstance(e, PartChanged) and e.health.state is PartState.RECONNECTING)
    assert retry.health.attempt == 1 and retry.health.next_retry is not None and retry.health.reason
    assert "secret-key" not in retry.health.reason and "secret-key" not in retry.name
    destination = show.stats().destinations[0]
    assert (destination.sent_bytes, destination.sent_packets, destination.bitrate_kbps) == (0, 0, 0.0)


def test_studio_mode_cut_and_fade_swap_program_and_preview(show):
    events = Events()
    show.subscribe(events)
    show.open()
    with pytest.raises(ShowError, match="studio mode"):
        show.cut()
    show.set_studio_mode(True)
    show.set_preview_scene("Blank")
    assert (show.program_scene, show.preview_scene) == (CAMERA_SCENE, "Blank")
    show.cut()
    assert (show.program_scene, show.preview_scene) == ("Blank", CAMERA_SCENE)
    wait_for(lambda: show.pipeline.compositor.latest() is not None
             and np.abs(show.pipeline.compositor.latest().image[90, 160].astype(int) - BACKGROUND).max() < 3)
    show.fade(300)
    assert (show.program_scene, show.preview_scene) == (CAMERA_SCENE, "Blank")
    wait_for(lambda: np.abs(show.pipeline.compositor.latest().image[90, 160].astype(int) - BLUE).max() < 3)
    assert [e for e in events.seen if isinstance(e, SceneChanged)][-1] == SceneChanged(CAMERA_SCENE, "Blank")
    with pytest.raises(ShowError, match="no such scene"):
        show.set_program_scene("Nowhere")


def test_mute_and_gain_per_input(show):
    show.open()
    assert [audio.name for audio in show.audio.inputs()] == ["tone"]
    show.audio.set_muted("tone", True)
    show.audio.set_gain("tone", -6.0)
    tone = show.audio.inputs()[0]
    assert (tone.muted, tone.gain_db) == (True, -6.0)
    with pytest.raises(ShowSettingError, match="audio input mic: no such input"):
        show.audio.set_muted("mic", True)
    with pytest.raises(ShowSettingError, match="gain 40 dB"):
        show.audio.set_gain("tone", 40)


def test_a_rehearsal_publishes_nothing(paths):
    rehearsal = LiveShow(paths, ShowSettings(width=320, height=180, rehearsal=True, audio="none"))
    try:
        rehearsal.open()
        with pytest.raises(ShowError, match="a rehearsal publishes nothing"):
            rehearsal.go_live([ResolvedDestination("Shop", DestinationKind.RTMP, "rtmp://127.0.0.1/live/k", None)])
        assert rehearsal.paths.database.name == "rehearsal.db" and rehearsal.stats().line().startswith("REHEARSAL")
    finally:
        rehearsal.close()


def test_a_recording_that_fails_is_said_once_with_its_reason_and_the_show_goes_on(show, tmp_path):
    events = Events()
    show.subscribe(events)
    show.open()
    full = tmp_path / "full.mkv"
    full.symlink_to("/dev/full")  # every write fails: no space left on the device
    show.start_recording(full)
    failed = events.wait_for(lambda e: isinstance(e, PartChanged) and e.role is PartRole.RECORDING and e.health.failed)
    assert "No space left on device" in failed.health.reason and "full.mkv" in failed.health.reason
    rendered = show.stats().rendered
    wait_for(lambda: show.stats().rendered > rendered + 30)  # the program goes on
    assert not show.stats().parts or all(not part.health.failed for part in show.stats().parts)
    failures = [e for e in events.seen if isinstance(e, PartChanged) and e.health.failed]
    assert len(failures) == 1
    with pytest.raises(ShowError, match="already recording"):
        show.start_recording(tmp_path / "again.mkv")
    show.stop_recording()
    events.wait_for(lambda e: isinstance(e, RecordingStopped))
    with pytest.raises(ShowError, match="record to a .mkv or .mp4 file"):
        show.start_recording(tmp_path / "show.avi")


def test_a_hidden_layer_leaves_the_program_and_audio_changes_are_events(show):
    events = Events()
    show.subscribe(events)
    show.open()
    show.set_layer_visible(CAMERA_SCENE, 0, False)
    assert events.wait_for(lambda e: isinstance(e, LayerShown)) == LayerShown(CAMERA_SCENE, 0, False)
    assert show.scene(CAMERA_SCENE.lower()).layers[0].visible is False
    wait_for(lambda: np.abs(show.pipeline.compositor.latest().image[90, 160].astype(int) - BACKGROUND).max() < 3)
    with pytest.raises(ShowError, match="has no layer 3"):
        show.set_layer_visible(CAMERA_SCENE, 2, True)
    show.audio.set_muted("tone", True)
    assert events.wait_for(lambda e: isinstance(e, AudioChanged)) == AudioChanged("tone", True, 0.0)
    show.reload_scenes([show.scene("Blank")])
    assert events.wait_for(lambda e: isinstance(e, SceneListChanged)) == SceneListChanged(("Blank",))


def test_on_air_and_recording_times_run_only_while_they_do(show, tmp_path):
    show.open()
    assert (show.on_air_seconds(), show.recording_seconds()) == (0.0, 0.0)
    show.start_recording(tmp_path / "timed.mkv")
    wait_for(lambda: show.recording_seconds() > 0.2)
    show.stop_recording()
    assert show.recording_seconds() == 0.0


def test_every_cart_change_written_anywhere_is_an_event_of_the_show(show, paths):
    """A buy from chat, then `vitrina cart ID --paid` from another connection: the show tells both."""
    events = Events()
    show.subscribe(events)
    show_id = show.open()
    with store_session(paths) as db:
        ChatDesk(db, show_id).take(ChatMessage("twitch", "#shop", "ana", "Ana", "SOLD A2 x2", time.time()))
    reserved = events.wait_for(lambda event: isinstance(event, CartChanged))
    assert isinstance(reserved, CartChanged) and reserved.kind is CartEventKind.RESERVED
    assert (reserved.cart.buyer.name, reserved.channel, reserved.total_text) == ("Ana", "#shop", "$48.00")
    assert reserved.item is not None and (reserved.item.code, reserved.item.quantity) == ("A2", 2)
    with store_session(paths) as db:
        pay_cart(db, reserved.cart.code)
    paid = events.wait_for(lambda event: isinstance(event, CartChanged) and event.kind is CartEventKind.PAID)
    assert isinstance(paid, CartChanged) and paid.cart.code == reserved.cart.code and paid.cart.payment.value == "paid"
