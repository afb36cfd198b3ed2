"""Scenes, studio mode and its transition: the show's program and preview as OBS names them.
OBS lists scenes bottom first, the top scene of its list having the highest index; the store's
first scene is the top one."""

from __future__ import annotations

from typing import Any

from studio.live.show import ShowError
from studio.remote.errors import RequestFailed, shown
from studio.remote.protocol import RequestStatus
from studio.remote.requests.context import Handler, RequestContext, stable_uuid
from studio.remote.requests.fields import Fields

TRANSITION_MS = 300.0  # OBS's default transition: a 300 ms fade


def scene_list(names: list[str]) -> list[dict[str, Any]]:
    return [{"sceneIndex": index, "sceneName": name, "sceneUuid": stable_uuid("scene", name)}
            for index, name in enumerate(reversed(names))]


def scene_named(context: RequestContext, fields: Fields) -> str:
    """The scene a request names by sceneName or sceneUuid, as the show spells it."""
    names = context.show.scene_names()
    name, uuid = fields.optional_text("sceneName"), fields.optional_text("sceneUuid")
    if name is None and uuid is None:
        raise RequestFailed(RequestStatus.MISSING_REQUEST_FIELD, "the request needs sceneName or sceneUuid")
    found = next((known for known in names if (name is not None and known.lower() == name.strip().lower())
                  or (uuid is not None and stable_uuid("scene", known) == uuid)), None)
    if found is None:
        asked = f"sceneName {shown(name)}" if name is not None else f"sceneUuid {shown(uuid or '')}"
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, f"{asked}: no such scene; there are {', '.join(names)}")
    return found


def named_scene(name: str | None) -> dict[str, Any]:
    """sceneName and sceneUuid of a scene (both None for none)."""
    uuid = stable_uuid("scene", name) if name is not None else None
    return {"sceneName": name, "sceneUuid": uuid}


def get_scene_list(context: RequestContext, _: Fields) -> dict[str, Any]:
    show = context.show
    return {"currentProgramSceneName": show.program_scene,
            "currentProgramSceneUuid": stable_uuid("scene", show.program_scene),
            "currentPreviewSceneName": show.preview_scene,
            "currentPreviewSceneUuid": stable_uuid("scene", show.preview_scene) if show.preview_scene else None,
            "scenes": scene_list(show.scene_names())}


def get_current_program_scene(context: RequestContext, _: Fields) -> dict[str, Any]:
    scene = named_scene(context.show.program_scene)
    return {**scene, "currentProgramSceneName": scene["sceneName"], "currentProgramSceneUuid": scene["sceneUuid"]}


def set_current_program_scene(context: RequestContext, fields: Fields) -> None:
    context.show.set_program_scene(scene_named(context, fields))


def get_current_preview_scene(context: RequestContext, _: Fields) -> dict[str, Any]:
    _require_studio_mode(context)
    scene = named_scene(context.show.preview_scene)
    return {**scene, "currentPreviewSceneName": scene["sceneName"], "currentPreviewSceneUuid": scene["sceneUuid"]}


def set_current_preview_scene(context: RequestContext, fields: Fields) -> None:
    _require_studio_mode(context)
    context.show.set_preview_scene(scene_named(context, fields))


def get_studio_mode_enabled(context: RequestContext, _: Fields) -> dict[str, Any]:
    return {"studioModeEnabled": context.show.studio_mode}


def set_studio_mode_enabled(context: RequestContext, fields: Fields) -> None:
    wanted = fields.flag("studioModeEnabled")
    if wanted != context.show.studio_mode:
        context.show.set_studio_mode(wanted)


def trigger_studio_mode_transition(context: RequestContext, _: Fields) -> None:
    _require_studio_mode(context)
    try:
        context.show.fade(TRANSITION_MS)
    except ShowError as error:
        raise RequestFailed(RequestStatus.STUDIO_MODE_NOT_ACTIVE, str(error)) from error


def _require_studio_mode(context: RequestContext) -> None:
    if not context.show.studio_mode:
        raise RequestFailed(RequestStatus.STUDIO_MODE_NOT_ACTIVE, "studio mode is off: turn it on first")


HANDLERS: dict[str, Handler] = {
    "GetSceneList": get_scene_list,
    "GetCurrentProgramScene": get_current_program_scene,
    "SetCurrentProgramScene": set_current_program_scene,
    "GetCurrentPreviewScene": get_current_preview_scene,
    "SetCurrentPreviewScene": set_current_preview_scene,
    "GetStudioModeEnabled": get_studio_mode_enabled,
    "SetStudioModeEnabled": set_studio_mode_enabled,
    "TriggerStudioModeTransition": trigger_studio_mode_transition,
}
