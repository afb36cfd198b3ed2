"""The Scenes dock over a real show: what the keys, clicks and edits do to the program picture
and to the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from media.compositor import BACKGROUND
from studio.paths import Paths
from studio.scenes import list_scenes
from studio.store import store_session
from tests.ui.live_bridge import BLUE, docked, open_bridge, shows, with_blank_scene
from ui.scene_list_model import MARK_ROLE, SceneMark
from ui.scenes_dock import ScenesDock

TIMEOUT_MS = 20_000


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return with_blank_scene(data_dir)


@pytest.fixture
def bridge(qtbot, paths):
    with open_bridge(qtbot, paths) as bridge:
        yield bridge


@pytest.fixture
def dock(qtbot, bridge):
    with docked(qtbot, ScenesDock(bridge)) as dock:
        qtbot.waitUntil(lambda: dock.model.rowCount() == 4, timeout=TIMEOUT_MS)
        yield dock
        dock.jobs.wait()


def listed(dock: ScenesDock) -> list[str]:
    return [dock.model.index(row).data() for row in range(dock.model.rowCount())]


def stored(bridge) -> list[str]:
    with store_session(bridge.paths) as db:
        return [scene.name for scene in list_scenes(db)]


def mark(dock: ScenesDock, name: str) -> SceneMark:
    return dock.model.index(dock.model.row_of(name)).data(MARK_ROLE)


def choose(dock: ScenesDock, name: str) -> None:
    dock.list.setCurrentIndex(dock.model.index(dock.model.row_of(name)))


def press(qtbot, dock: ScenesDock, key: Qt.Key, where: QWidget | None = None) -> None:
    """A key pressed in the studio window (active again once a dialog has closed)."""
    window = dock.window()
    with qtbot.waitActive(window, timeout=TIMEOUT_MS):
        window.activateWindow()
    qtbot.keyClick(where or window, key)


def edit_and_wait(qtbot, dock: ScenesDock, act) -> None:
    with qtbot.waitSignal(dock.scenes_shown, timeout=TIMEOUT_MS):
        act()


def test_keys_one_to_nine_switch_the_program_scene(qtbot, bridge, dock):
    show = bridge.show
    qtbot.waitUntil(lambda: shows(show, BLUE), timeout=TIMEOUT_MS)  # Camera: the colour source
    assert mark(dock, "Camera") is SceneMark.PROGRAM
    press(qtbot, dock, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: shows(show, BACKGROUND), timeout=TIMEOUT_MS)  # Blank: no layers
    assert show.program_scene == "Blank"
    qtbot.waitUntil(lambda: mark(dock, "Blank") is SceneMark.PROGRAM, timeout=TIMEOUT_MS)
    assert mark(dock, "Camera") is SceneMark.NONE
    assert dock.model.index(3).data(Qt.ItemDataRole.ToolTipRole) == "On program"
    press(qtbot, dock, Qt.Key.Key_9)  # no ninth scene: nothing changes
    press(qtbot, dock, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: shows(show, BLUE), timeout=TIMEOUT_MS)
    assert show.program_scene == "Camera"


def double_click(qtbot, dock: ScenesDock, name: str) -> None:
    where = dock.list.visualRect(dock.model.index(dock.model.row_of(name))).center()
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_double_click_puts_a_scene_on_program_and_a_click_only_chooses_it(qtbot, bridge, dock):
    where = dock.list.visualRect(dock.model.index(3)).center()
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dock.layers_title.text() == "Layers of Blank" and bridge.show.program_scene == "Camera"
    double_click(qtbot, dock, "Blank")
    qtbot.waitUntil(lambda: shows(bridge.show, BACKGROUND), timeout=TIMEOUT_MS)
    assert bridge.show.program_scene == "Blank"


def test_typing_a_digit_in_a_field_of_the_window_switches_nothing(qtbot, bridge, dock):
    field = QLineEdit(dock)
    dock.layout().addWidget(field)
    field.setFocus()
    press(qtbot, dock, Qt.Key.Key_4, field)
    assert field.text() == "4" and bridge.show.program_scene == "Camera"


def test_in_studio_mode_a_double_click_prepares_the_scene_in_preview(qtbot, bridge, dock):
    bridge.show.set_studio_mode(True)
    double_click(qtbot, dock, "Blank")
    qtbot.waitUntil(lambda: mark(dock, "Blank") is SceneMark.PREVIEW, timeout=TIMEOUT_MS)
    assert bridge.show.program_scene == "Camera" and mark(dock, "Camera") is SceneMark.PROGRAM
    assert dock.model.index(3).data(Qt.ItemDataRole.ToolTipRole) == "In preview"


def test_renaming_the_program_scene_keeps_it_on_program_under_its_new_name(qtbot, bridge, dock):
    choose(dock, "Camera")
    dock.buttons["rename"].click()
    dialog = dock.editing.dialog
    dialog.field.setText("Screen")  # taken: the dialog says so and stays
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=TIMEOUT_MS)
    assert dialog.error.text() == "there is a scene called “Screen” already: choose another name"
    assert dialog.isVisible()
    dialog.field.setText("Кадр <b>1</b>")
    with qtbot.waitSignal(bridge.scene_changed, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert listed(dock) == stored(bridge) == ["Кадр <b>1</b>", "Camera + Product", "Screen", "Blank"]
    assert bridge.show.program_scene == "Кадр <b>1</b>"
    assert mark(dock, "Кадр <b>1</b>") is SceneMark.PROGRAM
    assert dock.layers_title.text() == "Layers of Кадр <b>1</b>"
    assert dock.layers_title.textFormat() == Qt.TextFormat.PlainText
    press(qtbot, dock, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: shows(bridge.show, BACKGROUND), timeout=TIMEOUT_MS)
    press(qtbot, dock, Qt.Key.Key_1)  # the show knows the renamed scene
    qtbot.waitUntil(lambda: shows(bridge.show, BLUE), timeout=TIMEOUT_MS)


def test_a_duplicate_comes_after_its_scene(qtbot, bridge, dock):
    choose(dock, "Screen")
    dock.buttons["duplicate"].click()
    dialog = dock.editing.dialog
    assert dialog.field.text() == "Screen 2"
    edit_and_wait(qtbot, dock, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click)
    assert listed(dock) == stored(bridge) == ["Camera", "Camera + Product", "Screen", "Screen 2", "Blank"]
    with store_session(bridge.paths) as db:
        scenes = {scene.name: scene for scene in list_scenes(db)}
    assert scenes["Screen 2"].layers == scenes["Screen"].layers
    press(qtbot, dock, Qt.Key.Key_5)  # the show knows the scenes as they are now
    qtbot.waitUntil(lambda: shows(bridge.show, BACKGROUND), timeout=TIMEOUT_MS)


def test_a_new_scene_shows_the_camera(qtbot, bridge, dock):
    dock.buttons["add"].click()
    dialog = dock.editing.dialog
    assert dialog.field.text() == "Scene 2"
    dialog.field.setText("   ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.text() == "a scene needs a name", timeout=TIMEOUT_MS)
    dialog.field.setText("Close-up")
    edit_and_wait(qtbot, dock, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click)
    assert listed(dock)[-1] == stored(bridge)[-1] == "Close-up"
    press(qtbot, dock, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: shows(bridge.show, BACKGROUND), timeout=TIMEOUT_MS)
    press(qtbot, dock, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: shows(bridge.show, BLUE), timeout=TIMEOUT_MS)


def test_reordering_by_buttons_and_by_dragging_moves_the_scene_in_the_store(qtbot, bridge, dock):
    choose(dock, "Blank")
    assert not dock.buttons["down"].isEnabled()
    edit_and_wait(qtbot, dock, dock.buttons["up"].click)
    assert listed(dock) == stored(bridge) == ["Camera", "Camera + Product", "Blank", "Screen"]
    assert dock.list.currentIndex().data() == "Blank"  # the moved scene stays chosen
    edit_and_wait(qtbot, dock, lambda: dock.model.moveRow(QModelIndex(), 0, QModelIndex(), 4))  # a drag to the end
    assert listed(dock) == stored(bridge) == ["Camera + Product", "Blank", "Screen", "Camera"]
    press(qtbot, dock, Qt.Key.Key_2)  # keys follow the new order
    qtbot.waitUntil(lambda: shows(bridge.show, BACKGROUND), timeout=TIMEOUT_MS)


def test_the_program_scene_cannot_be_deleted_and_another_is_after_a_confirmation(qtbot, bridge, dock):
    choose(dock, "Camera")
    assert not dock.buttons["delete"].isEnabled()
    assert dock.buttons["delete"].toolTip() == "“Camera” is on program: put another scene on program to delete it"
    dock.editing.ask_delete("Camera")
    assert dock.message.text() == "“Camera” is on program: put another scene on program to delete it"
    choose(dock, "Blank")
    assert dock.buttons["delete"].isEnabled()
    dock.buttons["delete"].click()
    box = dock.editing.confirmation
    assert box.text() == "Delete the scene “Blank” and its layers?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert stored(bridge)[-1] == "Blank"
    dock.buttons["delete"].click()
    edit_and_wait(qtbot, dock, dock.editing.confirmation.button(QMessageBox.StandardButton.Yes).click)
    assert listed(dock) == stored(bridge) == ["Camera", "Camera + Product", "Screen"]


def test_hiding_a_layer_of_the_program_scene_takes_it_off_the_picture(qtbot, bridge, dock):
    show = bridge.show
    qtbot.waitUntil(lambda: shows(show, BLUE), timeout=TIMEOUT_MS)
    choose(dock, "Camera")
    layer = dock.layers_model.index(0)
    assert layer.data() == "Camera" and layer.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    edit_and_wait(qtbot, dock, lambda: dock.layers_model.setData(layer, Qt.CheckState.Unchecked,
                                                                  Qt.ItemDataRole.CheckStateRole))
    qtbot.waitUntil(lambda: shows(show, BACKGROUND), timeout=TIMEOUT_MS)
    with store_session(bridge.paths) as db:
        assert not list_scenes(db)[0].layers[0].visible
    assert dock.layers_model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    edit_and_wait(qtbot, dock, lambda: dock.layers_model.setData(dock.layers_model.index(0), Qt.CheckState.Checked,
                                                                  Qt.ItemDataRole.CheckStateRole))
    qtbot.waitUntil(lambda: shows(show, BLUE), timeout=TIMEOUT_MS)
