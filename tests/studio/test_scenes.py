from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from media.scene import Rect
from studio.paths import resolve_paths
from studio.scenes import PRICE_TICKER, PRODUCT_CARD, StoredLayer, StoredScene, find_scene, list_scenes, save_scene
from studio.storage import open_database
from studio.storage.migrations import migrate
from studio.store import open_store


def test_a_new_data_dir_has_the_three_demo_scenes(tmp_path):
    db = open_store(resolve_paths(tmp_path))
    scenes = {scene.name: scene for scene in list_scenes(db)}
    db.conn.close()
    assert list(scenes) == ["Camera", "Camera + Product", "Screen"]
    assert scenes["Camera + Product"].overlays() == {PRODUCT_CARD, PRICE_TICKER}
    screen = scenes["Screen"].to_media(1920, 1080)
    assert [layer.source_id for layer in screen.layers] == ["screen", "camera"]
    assert screen.layers[0].rect == Rect(0, 0, 1920, 1080)
    assert screen.layers[1].rect == Rect(1382, 43, 480, 270)  # the camera, picture in picture


def test_a_scene_is_the_same_share_of_any_canvas():
    scene = StoredScene("s", (StoredLayer("source", "camera", 0.5, 0.5, 0.25, 0.25),))
    assert scene.to_media(1280, 720).layers[0].rect == Rect(640, 360, 320, 180)
    assert scene.to_media(1920, 1080).layers[0].rect == Rect(960, 540, 480, 270)


def test_saving_a_scene_again_replaces_its_layers(tmp_path):
    db = open_database(tmp_path / "v.db")
    save_scene(db, StoredScene("Mine", (StoredLayer("source", "camera"), StoredLayer("overlay", PRODUCT_CARD))))
    save_scene(db, StoredScene("Mine", (StoredLayer("source", "screen", opacity=0.5, visible=False),)))
    assert find_scene(db, "mine").layers == (StoredLayer("source", "screen", opacity=0.5, visible=False),)
    db.conn.close()


def test_a_catalog_database_from_before_scenes_gets_them(tmp_path):
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(Database(connection), target=2)
    connection.close()
    db = open_database(path)
    assert list_scenes(db) == []  # the table came; scenes come with the store
    db.conn.close()
    store = open_store(resolve_paths(tmp_path / "fresh"))
    assert len(list_scenes(store)) == 3
    store.conn.close()
