"""Scenes in the store: ordered layers, each a source or an overlay, placed in fractions of the
canvas. A new data dir gets three: Camera, Camera + Product, Screen.

Scene names are plain text of any script, compared without regard to case (the show finds a
scene that way). Each edit is one transaction; a mistake is a SceneError that says what is wrong."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from media.scene import Layer, Rect, Scene
from studio.plain_text import clean_line
from studio.storage import transaction
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

log = logging.getLogger(__name__)

CAMERA, SCREEN = "camera", "screen"
PRODUCT_CARD, PRICE_TICKER = "product_card", "price_ticker"
CAMERA_SCENE, PRODUCT_SCENE, SCREEN_SCENE = "Camera", "Camera + Product", "Screen"
MAX_NAME_LENGTH = 60


class SceneError(Refusal):
    """An edit the scenes cannot take: the message says why."""


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


# Edits, each one transaction


def scene_name(name: str) -> str:
    """The name as stored: one line of plain text, not empty, not too long."""
    cleaned = clean_line(name)
    if not cleaned:
        raise SceneError(QT_TRANSLATE_NOOP("Refusals", "a scene needs a name"))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise SceneError(QT_TRANSLATE_NOOP("Refusals", "a scene name has at most %1 characters, not %2"), MAX_NAME_LENGTH, len(cleaned))
    return cleaned


def add_scene(db: Database, name: str, layers: tuple[StoredLayer, ...] = (StoredLayer("source", CAMERA),)) -> str:
    """A new scene at the end of the list (the camera, full frame, to begin with); returns its stored name."""
    stored = scene_name(name)
    with transaction(db):
        _refuse_taken(db, stored)
        save_scene(db, StoredScene(stored, layers))
    return stored


def rename_scene(db: Database, name: str, new_name: str) -> str:
    stored = scene_name(new_name)
    with transaction(db):
        scene_id = _scene_id(db, name)
        _refuse_taken(db, stored, but=scene_id)
        db.execute("UPDATE scenes SET name = ? WHERE id = ?", (stored, scene_id))
    return stored


def duplicate_scene(db: Database, name: str, new_name: str) -> str:
    """A copy of the scene and its layers, placed right after it."""
    stored = scene_name(new_name)
    with transaction(db):
        original = find_scene(db, name)
        if original is None:
            raise _no_such_scene(name)
        _refuse_taken(db, stored)
        save_scene(db, StoredScene(stored, original.layers))
        order = [scene.name for scene in list_scenes(db)]
        move_scene(db, stored, order.index(original.name) + 1)
    return stored


def free_copy_name(names: Iterable[str], name: str) -> str:
    """A name for a copy of `name` that none of `names` is yet: "Name 2", "Name 3", ..."""
    taken = {known.casefold() for known in names}
    base = name[: MAX_NAME_LENGTH - 4]
    return next(f"{base} {number}" for number in range(2, len(taken) + 3) if f"{base} {number}".casefold() not in taken)


def move_scene(db: Database, name: str, position: int) -> None:
    """Moves the scene to `position` (0 is the first; beyond the end is the last)."""
    with transaction(db):
        moved = _scene_id(db, name)
        order = [row[0] for row in db.execute("SELECT id FROM scenes ORDER BY position, id") if row[0] != moved]
        order.insert(max(0, min(position, len(order))), moved)
        _renumber(db, order)


def delete_scene(db: Database, name: str) -> None:
    """Deletes the scene and its layers; the last scene stays (a show needs one)."""
    with transaction(db):
        scene_id = _scene_id(db, name)
        if db.execute("SELECT count(*) FROM scenes").fetchone()[0] == 1:
            raise SceneError(QT_TRANSLATE_NOOP("Refusals", "%1 is the only scene: a show needs one, so add another first"), _shown(name))
        db.execute("DELETE FROM scenes WHERE id = ?", (scene_id,))
        _renumber(db, [row[0] for row in db.execute("SELECT id FROM scenes ORDER BY position, id")])


def set_layer_visible(db: Database, name: str, layer: int, visible: bool) -> None:
    """Shows or hides the scene's layer at `layer` (0 is the bottom one, drawn first)."""
    with transaction(db):
        scene_id = _scene_id(db, name)
        rows = db.execute("SELECT id FROM scene_layers WHERE scene_id = ? ORDER BY position", (scene_id,)).fetchall()
        if not 0 <= layer < len(rows):
            raise SceneError(QT_TRANSLATE_NOOP("Refusals", "%1 has %2 layers: there is no layer %3"), _shown(name), len(rows), layer + 1)
        db.execute("UPDATE scene_layers SET visible = ? WHERE id = ?", (int(visible), rows[layer][0]))


def _scene_id(db: Database, name: str) -> int:
    wanted = name.strip().casefold()
    for scene_id, stored in db.execute("SELECT id, name FROM scenes"):
        if stored.casefold() == wanted:
            return int(scene_id)
    raise _no_such_scene(name)


def _refuse_taken(db: Database, name: str, but: int | None = None) -> None:
    for scene_id, stored in db.execute("SELECT id, name FROM scenes"):
        if scene_id != but and stored.casefold() == name.casefold():
            raise SceneError(QT_TRANSLATE_NOOP("Refusals", "there is a scene called %1 already: choose another name"), _shown(stored))


def _renumber(db: Database, order: list[int]) -> None:
    db.conn.executemany("UPDATE scenes SET position = ? WHERE id = ?", [(index, scene_id) for index, scene_id in enumerate(order)])


def _no_such_scene(name: str) -> SceneError:
    return SceneError(QT_TRANSLATE_NOOP("Refusals", "there is no scene called %1"), _shown(name))


def _shown(name: str) -> str:
    return f"“{clean_line(name)[:MAX_NAME_LENGTH]}”"
