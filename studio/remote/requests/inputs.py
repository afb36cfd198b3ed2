"""Inputs: the show's audio inputs (mute and volume) and the video sources its scenes use.
OBS's volume is a multiplier or dB; the show's gain is dB within its own range."""

from __future__ import annotations

import math
from typing import Any

from studio.live.audio_controls import MAX_GAIN_DB, MIN_GAIN_DB, AudioInput
from studio.remote.errors import RequestFailed, shown
from studio.remote.protocol import RequestStatus
from studio.remote.requests.context import Handler, RequestContext, stable_uuid
from studio.remote.requests.fields import Fields
from studio.remote.requests.scene_items import SOURCE_KIND

AUDIO_KIND = "vitrina_audio_input"
OBS_SOURCE_VIDEO, OBS_SOURCE_AUDIO = 1, 2  # obs_source_info output flags, as inputKindCaps
MAX_VOLUME_DB, MAX_VOLUME_MUL = 26.0, 20.0  # what obs-websocket accepts; the show's own range is narrower


def volume_mul(gain_db: float) -> float:
    return 10 ** (gain_db / 20)


def _input(name: str, kind: str, caps: int) -> dict[str, Any]:
    return {"inputName": name, "inputUuid": stable_uuid("input", name), "inputKind": kind,
            "unversionedInputKind": kind, "inputKindCaps": caps}


def video_sources(context: RequestContext) -> list[str]:
    show = context.show
    found: dict[str, None] = {}
    for name in show.scene_names():
        found.update((layer.target, None) for layer in show.scene(name).layers if layer.kind == "source")
    return list(found)


def get_input_list(context: RequestContext, fields: Fields) -> dict[str, Any]:
    inputs = [_input(audio.name, AUDIO_KIND, OBS_SOURCE_AUDIO) for audio in context.show.audio.inputs()]
    inputs += [_input(name, SOURCE_KIND, OBS_SOURCE_VIDEO) for name in video_sources(context)]
    kind = fields.optional_text("inputKind")
    return {"inputs": [one for one in inputs if kind is None or one["inputKind"] == kind]}


def audio_named(context: RequestContext, fields: Fields) -> AudioInput:
    """The audio input a request names by inputName or inputUuid."""
    name, uuid = fields.optional_text("inputName"), fields.optional_text("inputUuid")
    if name is None and uuid is None:
        raise RequestFailed(RequestStatus.MISSING_REQUEST_FIELD, "the request needs inputName or inputUuid")
    for audio in context.show.audio.inputs():
        if audio.name == name or (uuid is not None and stable_uuid("input", audio.name) == uuid):
            return audio
    asked = f"inputName {shown(name)}" if name is not None else f"inputUuid {shown(uuid or '')}"
    if name in video_sources(context):
        raise RequestFailed(RequestStatus.INVALID_RESOURCE_STATE, f"{asked}: that input has no audio")
    known = ", ".join(audio.name for audio in context.show.audio.inputs()) or "none"
    raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, f"{asked}: no such audio input (there are: {known})")


def get_input_mute(context: RequestContext, fields: Fields) -> dict[str, Any]:
    return {"inputMuted": audio_named(context, fields).muted}


def set_input_mute(context: RequestContext, fields: Fields) -> None:
    audio = audio_named(context, fields)
    context.show.audio.set_muted(audio.name, fields.flag("inputMuted"))


def toggle_input_mute(context: RequestContext, fields: Fields) -> dict[str, Any]:
    audio = audio_named(context, fields)
    context.show.audio.set_muted(audio.name, not audio.muted)
    return {"inputMuted": not audio.muted}


def get_input_volume(context: RequestContext, fields: Fields) -> dict[str, Any]:
    audio = audio_named(context, fields)
    return {"inputVolumeMul": volume_mul(audio.gain_db), "inputVolumeDb": audio.gain_db}


def set_input_volume(context: RequestContext, fields: Fields) -> None:
    audio = audio_named(context, fields)
    if fields.has("inputVolumeMul") and fields.has("inputVolumeDb"):
        raise RequestFailed(RequestStatus.TOO_MANY_REQUEST_FIELDS, "give inputVolumeMul or inputVolumeDb, not both")
    if fields.has("inputVolumeMul"):
        mul = fields.number("inputVolumeMul", 0.0, MAX_VOLUME_MUL)
        gain_db = 20 * math.log10(mul) if mul > 0 else MIN_GAIN_DB
    elif fields.has("inputVolumeDb"):
        gain_db = fields.number("inputVolumeDb", -100.0, MAX_VOLUME_DB)
    else:
        raise RequestFailed(RequestStatus.MISSING_REQUEST_FIELD, "the request needs inputVolumeMul or inputVolumeDb")
    if gain_db > MAX_GAIN_DB:
        raise RequestFailed(RequestStatus.REQUEST_FIELD_OUT_OF_RANGE,
                            f"{gain_db:.1f} dB: the show's gain goes from {MIN_GAIN_DB:g} to +{MAX_GAIN_DB:g} dB")
    context.show.audio.set_gain(audio.name, max(MIN_GAIN_DB, gain_db))  # below the floor is as quiet as it gets


HANDLERS: dict[str, Handler] = {
    "GetInputList": get_input_list,
    "GetInputMute": get_input_mute,
    "SetInputMute": set_input_mute,
    "ToggleInputMute": toggle_input_mute,
    "GetInputVolume": get_input_volume,
    "SetInputVolume": set_input_volume,
}
