"""The show's events become OBS's: which of program, preview and studio mode changed; one
stream over several destinations."""

from __future__ import annotations

from media.health import Health, PartState, retrying
from studio.live.events import PartChanged, PartRole, SceneChanged
from studio.remote.event_translation import EventTranslation


def names(events):
    return [(event.type, event.data) for event in events]


def test_studio_mode_preview_and_program_each_say_what_changed():
    translation = EventTranslation("Camera", None)
    assert [event.type for event in translation.translate(SceneChanged("Camera", "Camera"), False)] == [
        "StudioModeStateChanged", "CurrentPreviewSceneChanged"]
    taken = translation.translate(SceneChanged("Screen", "Camera"), False)
    assert [(event.type, event.data["sceneName"]) for event in taken] == [("CurrentProgramSceneChanged", "Screen")]
    assert translation.translate(SceneChanged("Screen", "Camera"), False) == []
    off = translation.translate(SceneChanged("Screen", None), False)
    assert names(off) == [("StudioModeStateChanged", {"studioModeEnabled": False})]


def test_the_stream_is_started_while_any_destination_is_live_and_reconnecting_when_none_is():
    translation = EventTranslation("Camera", None)

    def changed(name, health, live=True):
        return [(event.data["outputState"], event.data["outputActive"])
                for event in translation.translate(PartChanged(PartRole.DESTINATION, name, health), live)]

    assert changed("a", Health(PartState.CONNECTING)) == [("OBS_WEBSOCKET_OUTPUT_STARTING", False)]
    assert changed("a", Health(PartState.LIVE)) == [("OBS_WEBSOCKET_OUTPUT_STARTED", True)]
    assert changed("b", retrying("refused", 1, 2.0)) == []  # a is still live
    assert changed("a", retrying("broken pipe", 1, 1.0)) == [("OBS_WEBSOCKET_OUTPUT_RECONNECTING", False)]
    assert changed("b", Health(PartState.LIVE)) == [("OBS_WEBSOCKET_OUTPUT_RECONNECTED", True)]
    assert changed("a", Health(PartState.LIVE)) == []
    assert changed("b", Health(PartState.STOPPED), live=False) == []  # taken off air: a is still closing
    assert changed("a", Health(PartState.STOPPED), live=False) == [("OBS_WEBSOCKET_OUTPUT_STOPPED", False)]
