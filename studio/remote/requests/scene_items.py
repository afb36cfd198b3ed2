"""Scene items: a scene's layers (sources and graphics) as OBS lists them, bottom first, with
ids from 1; enabling or disabling one shows or hides the layer for this show."""

from __future__ import annotations

from typing import Any

from studio.remote.errors import RequestFailed
from studio.remote.protocol import RequestStatus
from studio.remote.requests.context import Handler, RequestContext, stable_uuid
from studio.remote.requests.fields import Fields
from studio.remote.requests.scenes import scene_named
from studio.scenes import StoredLayer

MAX_ITEM_ID = 1_000_000
SOURCE_KIND, GRAPHIC_KIND = "vitrina_video_source", "vitrina_graphic"


def scene_item(layer: StoredLayer, index: int, width: int, height: int) -> dict[str, Any]:
    left, top = layer.x * width, layer.y * height
    box_width, box_height = layer.width * width, layer.height * height
    kind = SOURCE_KIND if layer.kind == "source" else GRAPHIC_KIND
    return {
        "sceneItemId": index + 1,
        "sceneItemIndex": index,
        "sceneItemEnabled": layer.visible,
        "sceneItemLocked": False,
        "sceneItemBlendMode": "OBS_BLEND_NORMAL",
        "sceneItemTransform": {
            "positionX": left, "positionY": top, "width": box_width, "height": box_height,
            "sourceWidth": box_width, "sourceHeight": box_height, "scaleX": 1.0, "scaleY": 1.0, "rotation": 0.0,
            "alignment": 5, "boundsType": "OBS_BOUNDS_NONE", "boundsAlignment": 0, "boundsWidth": 0.0,
            "boundsHeight": 0.0, "cropLeft": 0, "cropRight": 0, "cropTop": 0, "cropBottom": 0,
        },
        "sourceName": layer.target,
        "sourceUuid": stable_uuid("input", layer.target),
        "sourceType": "OBS_SOURCE_TYPE_INPUT",
        "inputKind": kind,
        "isGroup": None,
    }


def get_scene_item_list(context: RequestContext, fields: Fields) -> dict[str, Any]:
    show = context.show
    scene = show.scene(scene_named(context, fields))
    width, height = show.settings.width, show.settings.height
    return {"sceneItems": [scene_item(layer, index, width, height) for index, layer in enumerate(scene.layers)]}


def set_scene_item_enabled(context: RequestContext, fields: Fields) -> None:
    scene = context.show.scene(scene_named(context, fields))
    item_id = fields.integer("sceneItemId", 0, MAX_ITEM_ID)
    enabled = fields.flag("sceneItemEnabled")
    if not 1 <= item_id <= len(scene.layers):
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND,
                            f"sceneItemId {item_id}: the scene {scene.name} has items 1 to {len(scene.layers)}")
    context.show.set_layer_visible(scene.name, item_id - 1, enabled)


HANDLERS: dict[str, Handler] = {
    "GetSceneItemList": get_scene_item_list,
    "SetSceneItemEnabled": set_scene_item_enabled,
}
