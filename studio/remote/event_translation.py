"""The live show's events as obs-websocket events. The show says "program X, preview Y"; OBS
says which of program, preview and studio mode changed, so the translation keeps the last of
each. OBS has one stream output where the show has several destinations: the stream is
starting until one is live, started while any is, reconnecting while none is and one retries."""

from __future__ import annotations

from dataclasses import dataclass, field

from media.health import Health, PartState
from studio.live.audio_controls import AudioInput
from studio.live.events import (
    AudioChanged,
    LayerShown,
    PartChanged,
    PartRole,
    RecordingStarted,
    RecordingStopped,
    SceneChanged,
    SceneListChanged,
    ShowEvent,
)
from studio.remote.messages import Event
from studio.remote.protocol import EventSubscription, OutputState
from studio.remote.requests.context import stable_uuid
from studio.remote.requests.scenes import scene_list


def stream_state(destinations: dict[str, Health], live: bool) -> OutputState:
    """The one stream's state from every destination's health; `live`: the show publishes now."""
    states = [health.state for health in destinations.values()]
    if PartState.LIVE in states:
        return OutputState.STARTED
    if not live:
        return OutputState.STOPPED
    if PartState.RECONNECTING in states or any(health.failed and health.next_retry for health in destinations.values()):
        return OutputState.RECONNECTING
    return OutputState.STARTING


def _scene(name: str) -> dict[str, str]:
    return {"sceneName": name, "sceneUuid": stable_uuid("scene", name)}


def _audio(name: str) -> dict[str, str]:
    return {"inputName": name, "inputUuid": stable_uuid("input", name)}


def volume_changed(audio: AudioChanged) -> Event:
    data = {**_audio(audio.name), "inputVolumeMul": 10 ** (audio.gain_db / 20), "inputVolumeDb": audio.gain_db}
    return Event(EventSubscription.INPUTS, "InputVolumeChanged", data)


@dataclass
class EventTranslation:
    program: str
    preview: str | None
    audio: dict[str, AudioInput] = field(default_factory=dict)
    destinations: dict[str, Health] = field(default_factory=dict)
    stream: OutputState = OutputState.STOPPED

    def translate(self, event: ShowEvent, live: bool) -> list[Event]:
        """What to tell clients; `live`: whether the show publishes now (for the stream's state)."""
        if isinstance(event, SceneChanged):
            return self._scenes(event)
        if isinstance(event, PartChanged) and event.role is PartRole.DESTINATION:
            return self._stream(event, live)
        if isinstance(event, RecordingStarted | RecordingStopped):
            started = isinstance(event, RecordingStarted)
            state = OutputState.STARTED if started else OutputState.STOPPED
            return [Event(EventSubscription.OUTPUTS, "RecordStateChanged",
                          {"outputActive": started, "outputState": state, "outputPath": str(event.path)})]
        if isinstance(event, SceneListChanged):
            return [Event(EventSubscription.SCENES, "SceneListChanged", {"scenes": scene_list(list(event.names))})]
        if isinstance(event, LayerShown):
            return [Event(EventSubscription.SCENE_ITEMS, "SceneItemEnableStateChanged",
                          {**_scene(event.scene), "sceneItemId": event.index + 1, "sceneItemEnabled": event.visible})]
        if isinstance(event, AudioChanged):
            return self._audio_changed(event)
        return []

    def _scenes(self, event: SceneChanged) -> list[Event]:
        events = []
        if event.program != self.program:
            events.append(Event(EventSubscription.SCENES, "CurrentProgramSceneChanged", _scene(event.program)))
        if (event.preview is None) != (self.preview is None):
            events.append(Event(EventSubscription.UI, "StudioModeStateChanged",
                                {"studioModeEnabled": event.preview is not None}))
        if event.preview is not None and event.preview != self.preview:
            events.append(Event(EventSubscription.SCENES, "CurrentPreviewSceneChanged", _scene(event.preview)))
        self.program, self.preview = event.program, event.preview
        return events

    def _stream(self, event: PartChanged, live: bool) -> list[Event]:
        if event.health.state is PartState.STOPPED:
            self.destinations.pop(event.name, None)
        else:
            self.destinations[event.name] = event.health
        state = stream_state(self.destinations, live)
        if state is self.stream:
            return []
        if state is OutputState.STARTED and self.stream is OutputState.RECONNECTING:
            state = OutputState.RECONNECTED
        self.stream = OutputState.STARTED if state is OutputState.RECONNECTED else state
        return [Event(EventSubscription.OUTPUTS, "StreamStateChanged", {"outputActive": state.active, "outputState": state})]

    def _audio_changed(self, event: AudioChanged) -> list[Event]:
        before = self.audio.get(event.name)
        self.audio[event.name] = AudioInput(event.name, event.gain_db, event.muted, 0.0, 0.0)
        events = []
        if before is None or before.muted != event.muted:
            events.append(Event(EventSubscription.INPUTS, "InputMuteStateChanged",
                                {**_audio(event.name), "inputMuted": event.muted}))
        if before is None or before.gain_db != event.gain_db:
            events.append(volume_changed(event))
        return events
