"""Scenes in the store: ordered layers, each a source or an overlay, placed in fractions of the
canvas. A new data dir gets three: Camera, Camera + Product, Screen."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from media.scene import Layer, Rect, Scene
from studio.storage import transaction

log = logging.getLogger(__name__)

CAMERA, SCREEN = "camera", "screen"
PRODUCT_CARD, PRICE_TICKER = "product_card", "price_ticker"
CAMERA_SCENE, PRODUCT_SCENE, SCREEN_SCENE = "Camera", "Camera + Product", "Screen"


@dataclass(frozen=True)
class StoredLayer:
    kind: str  # "source" or "overlay"
    target: str  # a source id (camera, screen) or an overlay name (product_card, price_ticker)
    x: float = 0.0
    y: float = 0.0
    width: float = 1.0
    height: float = 1.0
    opacity: float = 1.0
    visible: bool = True


@dataclass(frozen=True)
class StoredScene:
    name: str
    layers: tuple[StoredLayer, ...]

    def overlays(self) -> set[str]:
        return {layer.target for layer in self.layers if layer.kind == "overlay" and layer.visible}

    def to_media(self, width: int, height: int, sources: dict[str, str] | None = None) -> Scene:
        """The compositor's scene at this canvas size; `sources` renames source ids (screen -> camera)."""
        rename = sources or {}
        return Scene(self.name, tuple(
            Layer(rename.get(layer.target, layer.target),
                  Rect(round(layer.x * width), round(layer.y * height), round(layer.width * width), round(layer.height * height)),
                  opacity=layer.opacity, visible=layer.visible)
            for layer in self.layers if layer.kind == "source"
        ))


DEMO_SCENES = (
    StoredScene(CAMERA_SCENE, (StoredLayer("source", CAMERA),)),
    StoredScene(PRODUCT_SCENE, (StoredLayer("source", CAMERA), StoredLayer("overlay", PRODUCT_CARD),
                                StoredLayer("overlay", PRICE_TICKER))),
    StoredScene(SCREEN_SCENE, (StoredLayer("source", SCREEN),
                               StoredLayer("source", CAMERA, x=0.72, y=0.04, width=0.25, height=0.25))),
)


def ensure_demo_scenes(db: Database) -> bool:
    if db.execute("SELECT count(*) FROM scenes").fetchone()[0]:
        return False
    for scene in DEMO_SCENES:
        save_scene(db, scene)
    log.info("created the demo scenes")
    return True


def save_scene(db: Database, scene: StoredScene) -> None:
    with transaction(db):
        db.execute("INSERT INTO scenes (name, position) VALUES (?, (SELECT count(*) FROM scenes)) "
                   "ON CONFLICT(name) DO NOTHING", (scene.name,))
        scene_id = db.execute("SELECT id FROM scenes WHERE name = ?", (scene.name,)).fetchone()[0]
        db.execute("DELETE FROM scene_layers WHERE scene_id = ?", (scene_id,))
        db.conn.executemany(
            "INSERT INTO scene_layers (scene_id, position, kind, target, x, y, width, height, opacity, visible) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(scene_id, position, layer.kind, layer.target, layer.x, layer.y, layer.width, layer.height,
              layer.opacity, int(layer.visible)) for position, layer in enumerate(scene.layers)],
        )


def list_scenes(db: Database) -> list[StoredScene]:
    scenes = []
    for scene_id, name in db.execute("SELECT id, name FROM scenes ORDER BY position, id").fetchall():
        rows = db.execute(
            "SELECT kind, target, x, y, width, height, opacity, visible FROM scene_layers "
            "WHERE scene_id = ? ORDER BY position", (scene_id,)).fetchall()
        scenes.append(StoredScene(name, tuple(_stored_layer(row) for row in rows)))
    return scenes


def _stored_layer(row: Sequence[Any]) -> StoredLayer:
    kind, target, x, y, width, height, opacity, visible = row
    return StoredLayer(kind, target, x, y, width, height, opacity, visible=bool(visible))


def find_scene(db: Database, name: str) -> StoredScene | None:
    return next((scene for scene in list_scenes(db) if scene.name.lower() == name.strip().lower()), None)
