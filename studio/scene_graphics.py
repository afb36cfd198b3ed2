"""Which graphics each scene shows: the product card and the price ticker are overlay layers of a
scene (studio/scenes.py). Showing one makes its layer visible, adding it on top when the scene has
none; hiding one hides its layer, which keeps its place for later."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlite_utils import Database

from studio.scenes import PRICE_TICKER, PRODUCT_CARD, StoredLayer, StoredScene, list_scenes, save_scene
from studio.storage import transaction

SCENE_GRAPHICS = (PRODUCT_CARD, PRICE_TICKER)


def shown_graphics(scene: StoredScene) -> frozenset[str]:
    return frozenset(scene.overlays() & set(SCENE_GRAPHICS))


def with_graphics(scene: StoredScene, shown: Iterable[str]) -> StoredScene:
    wanted = set(shown)
    layers = [replace(layer, visible=layer.target in wanted)
              if layer.kind == "overlay" and layer.target in SCENE_GRAPHICS else layer for layer in scene.layers]
    present = {layer.target for layer in layers if layer.kind == "overlay"}
    layers += [StoredLayer("overlay", graphic) for graphic in SCENE_GRAPHICS if graphic in wanted - present]
    return replace(scene, layers=tuple(layers))


def set_scene_graphics(db: Database, shown: Mapping[str, Iterable[str]]) -> None:
    """Each named scene shows these graphics and no other of SCENE_GRAPHICS; all in one transaction."""
    with transaction(db):
        for scene in list_scenes(db):
            if scene.name in shown:
                save_scene(db, with_graphics(scene, shown[scene.name]))
