from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from media.scene import Rect
from studio.paths import resolve_paths
from studio.scenes import (
    CAMERA,
    PRICE_TICKER,
    PRODUCT_CARD,
    SceneError,
    StoredLayer,
    StoredScene,
    add_scene,
    delete_scene,
    duplicate_scene,
    find_scene,
    free_copy_name,
    list_scenes,
    move_scene,
    rename_scene,
    save_scene,
    set_layer_visible,
)
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


@pytest.fixture
def store(tmp_path) -> Iterator[Database]:
    db = open_store(resolve_paths(tmp_path), seed_demo=False)
    yield db
    db.conn.close()


def names(db: Database) -> list[str]:
    return [scene.name for scene in list_scenes(db)]


def test_a_new_scene_comes_last_and_shows_the_camera(store):
    assert add_scene(store, "  Ürün   tanıtımı ") == "Ürün tanıtımı"  # one line of plain text, any script
    assert names(store)[-1] == "Ürün tanıtımı"
    assert find_scene(store, "ürün tanıtımı").layers == (StoredLayer("source", CAMERA),)


@pytest.mark.parametrize(("name", "error"), [
    ("", "a scene needs a name"),
    ("  \u202e\t ", "a scene needs a name"),
    ("camera", "there is a scene called “Camera” already: choose another name"),
    ("x" * 61, "a scene name has at most 60 characters, not 61"),
])
def test_a_scene_name_that_cannot_be_is_refused_and_nothing_changes(store, name, error):
    before = list_scenes(store)
    with pytest.raises(SceneError) as raised:
        add_scene(store, name)
    assert str(raised.value) == error
    with pytest.raises(SceneError, match="already"):
        rename_scene(store, "Screen", "CAMERA + product")
    assert list_scenes(store) == before


def test_renaming_keeps_the_layers_and_the_place(store):
    layers = find_scene(store, "Camera + Product").layers
    assert rename_scene(store, "camera + product", "Вітрина <b>1</b>") == "Вітрина <b>1</b>"
    assert names(store) == ["Camera", "Вітрина <b>1</b>", "Screen"]
    assert find_scene(store, "Вітрина <b>1</b>").layers == layers
    assert rename_scene(store, "Screen", "SCREEN") == "SCREEN"  # its own name in another case is free
    with pytest.raises(SceneError, match="there is no scene called “Nope”"):
        rename_scene(store, "Nope", "Other")


def test_a_duplicate_comes_right_after_its_scene_with_the_same_layers(store):
    copy = free_copy_name(names(store), "Camera")
    assert copy == "Camera 2"
    duplicate_scene(store, "Camera", copy)
    assert names(store) == ["Camera", "Camera 2", "Camera + Product", "Screen"]
    assert find_scene(store, "Camera 2").layers == find_scene(store, "Camera").layers
    assert free_copy_name(names(store), "camera") == "camera 3"


def test_moving_a_scene_renumbers_the_others(store):
    move_scene(store, "Screen", 0)
    assert names(store) == ["Screen", "Camera", "Camera + Product"]
    move_scene(store, "Screen", 99)
    assert names(store) == ["Camera", "Camera + Product", "Screen"]
    move_scene(store, "Camera", 1)
    assert names(store) == ["Camera + Product", "Camera", "Screen"]


def test_deleting_a_scene_takes_its_layers_and_never_the_last_one(store):
    delete_scene(store, "camera + product")
    assert names(store) == ["Camera", "Screen"]
    assert store.execute("SELECT count(*) FROM scene_layers").fetchone()[0] == 3  # Camera 1 + Screen 2
    add_scene(store, "New")
    assert names(store) == ["Camera", "Screen", "New"]
    delete_scene(store, "Screen")
    delete_scene(store, "New")
    with pytest.raises(SceneError, match="“Camera” is the only scene: a show needs one"):
        delete_scene(store, "Camera")
    assert names(store) == ["Camera"]


def test_a_layer_is_hidden_and_shown_by_its_place(store):
    set_layer_visible(store, "Screen", 1, False)
    screen = find_scene(store, "Screen")
    assert [layer.visible for layer in screen.layers] == [True, False]
    assert [layer.visible for layer in screen.to_media(320, 180).layers] == [True, False]
    set_layer_visible(store, "Screen", 1, True)
    assert all(layer.visible for layer in find_scene(store, "Screen").layers)
    with pytest.raises(SceneError, match="“Screen” has 2 layers: there is no layer 3"):
        set_layer_visible(store, "Screen", 2, False)
