"""The Scenes dock: the store's scenes, the one on program (and in preview) marked; a
double-click or Enter (or keys 1-9) puts a scene on program, or in preview in studio mode.
Add, rename, duplicate, reorder and delete scenes, and show or hide the chosen scene's layers.

Every edit is written on a worker and the scenes are read again there; the running show then
learns them, and a scene on air whose layers changed is set again so the picture follows."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QToolButton, QVBoxLayout, QWidget
from sqlite_utils import Database

from studio import scenes as store
from studio.live.show import LiveShow, ShowError
from studio.scenes import SceneError, StoredScene, list_scenes
from ui.plain_label import plain_label
from ui.refusals import reason_text
from ui.scene_editing import SceneEditing
from ui.scene_layers_model import SceneLayersModel
from ui.scene_list_model import SceneListModel
from ui.show_bridge import ShowBridge
from ui.store_jobs import StoreJobs, failure_text

log = logging.getLogger(__name__)

SCENE_KEYS = 9  # keys 1 to 9


class ScenesDock(QWidget):
    scenes_shown = Signal()  # the list now shows the store's scenes (after opening and after each edit)

    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.jobs = StoreJobs("scenes-store", self)
        self.model = SceneListModel(self)
        self.model.move_requested.connect(self.move_scene)
        self.layers_model = SceneLayersModel(self)
        self.layers_model.visibility_requested.connect(self.set_layer_visible)
        self.shortcuts: list[QShortcut] = []
        self._build()
        self.editing = SceneEditing(self, self.model, self.message, self.jobs, self._scenes_read)
        self._connect_buttons()
        bridge.show_changed.connect(self._show_changed)
        bridge.scene_changed.connect(self._scene_changed)
        bridge.ended.connect(lambda *_ended: self.setEnabled(False))  # until the next show opens
        self._show_changed(bridge.show)

    def _build(self) -> None:
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(lambda index: self.put_on_air(self.model.names()[index.row()]))
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._show_layers())
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        for key, text, tip in (("add", self.tr("Add…"), self.tr("Add a scene showing the camera")),
                               ("rename", self.tr("Rename…"), self.tr("Rename the chosen scene")),
                               ("duplicate", self.tr("Duplicate…"), self.tr("Copy the chosen scene and its layers")),
                               ("up", self.tr("Up"), self.tr("Move the chosen scene up")),
                               ("down", self.tr("Down"), self.tr("Move the chosen scene down")),
                               ("delete", self.tr("Delete…"), self.tr("Delete the chosen scene"))):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch()
        self.message = plain_label(self)
        self.layers_title = plain_label(self, self.tr("Layers"))
        self.layers = QListView(self)
        self.layers.setModel(self.layers_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.layers_title)
        layout.addWidget(self.layers, 2)

    def _connect_buttons(self) -> None:
        self.buttons["add"].clicked.connect(self.editing.ask_add)
        self.buttons["rename"].clicked.connect(lambda: self._with_chosen(self.editing.ask_rename))
        self.buttons["duplicate"].clicked.connect(lambda: self._with_chosen(self.editing.ask_duplicate))
        self.buttons["up"].clicked.connect(lambda: self._with_chosen(lambda name: self.move_scene(name, self._row(name) - 1)))
        self.buttons["down"].clicked.connect(lambda: self._with_chosen(lambda name: self.move_scene(name, self._row(name) + 1)))
        self.buttons["delete"].clicked.connect(lambda: self._with_chosen(self.editing.ask_delete))

    # The show

    def _show_changed(self, show: LiveShow | None) -> None:
        self.editing.close_dialogs()
        self.jobs.use(self._bridge.database if show is not None else None)
        self.setEnabled(show is not None)
        if show is None:
            self.model.set_marks(None, None)
            return
        self.model.set_marks(show.program_scene, show.preview_scene)
        self.jobs.run(list_scenes, lambda scenes: self._scenes_read(scenes, {}), self._failed)

    def _scene_changed(self, program: str, preview: str | None) -> None:
        self.model.set_marks(program, preview)
        self._update_buttons()

    def put_on_air(self, name: str) -> None:
        """On program; in studio mode, in preview (the transition takes it to program)."""
        show = self._bridge.show
        if show is None:
            return
        try:
            if show.studio_mode:
                show.set_preview_scene(name)
            else:
                show.set_program_scene(name)
        except ShowError as error:
            self.message.setText(reason_text(error))

    def put_number_on_air(self, number: int) -> None:
        """Key `number` (1 is the first scene in the list)."""
        names = self.model.names()
        if self.isEnabled() and 1 <= number <= len(names):
            self.put_on_air(names[number - 1])

    # Keys 1-9: shortcuts of the window the dock is in, installed when the dock is first shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.shortcuts:
            self.install_shortcuts(self.window())

    def install_shortcuts(self, window: QWidget) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts = []
        for number in range(1, SCENE_KEYS + 1):
            shortcut = QShortcut(QKeySequence(str(number)), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda number=number: self.put_number_on_air(number))
            self.shortcuts.append(shortcut)

    # Edits

    def move_scene(self, name: str, place: int) -> None:
        if 0 <= place < self.model.rowCount():
            self._edit(lambda db: store.move_scene(db, name, place))

    def set_layer_visible(self, scene: str, layer: int, shown: bool) -> None:
        self._edit(lambda db: store.set_layer_visible(db, scene, layer, shown))

    def _edit(self, change: Callable[[Database], None]) -> None:
        def job(db: Database) -> list[StoredScene]:
            change(db)
            return list_scenes(db)

        self.message.clear()
        self.jobs.run(job, lambda scenes: self._scenes_read(scenes, {}), self._failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, SceneError):
            log.error("a scene edit failed: %s", error, exc_info=error)
        self.message.setText(failure_text(error, SceneError))
        self.jobs.run(list_scenes, lambda scenes: self._scenes_read(scenes, {}))  # back to what the store has

    def _scenes_read(self, scenes: list[StoredScene], renamed: dict[str, str]) -> None:
        before = {scene.name: scene for scene in self._stored()}
        chosen = self._chosen()
        self.model.set_scenes(scenes)
        show = self._bridge.show
        if show is not None:
            show.reload_scenes(scenes)
            self._refresh_on_air(show, before, renamed)
        self._choose(renamed.get(chosen, chosen) if chosen else show.program_scene if show else None)
        self._update_buttons()
        self.scenes_shown.emit()

    def _refresh_on_air(self, show: LiveShow, before: dict[str, StoredScene], renamed: dict[str, str]) -> None:
        """A scene on air that was renamed or whose layers changed is set again: the show composes
        the scene it was given, not the store's."""
        now = {scene.name: scene for scene in self._stored()}
        for name, put in ((show.program_scene, show.set_program_scene), (show.preview_scene, show.set_preview_scene)):
            if name is None:
                continue
            new_name = renamed.get(name, name)
            if name in before and new_name in now and now[new_name] != before[name]:
                put(new_name)

    # The chosen scene

    def _stored(self) -> list[StoredScene]:
        return [scene for row in range(self.model.rowCount()) if (scene := self.model.scene(row)) is not None]

    def _chosen(self) -> str | None:
        scene = self.model.scene(self.list.currentIndex().row())
        return scene.name if scene is not None else None

    def _row(self, name: str) -> int:
        return self.model.row_of(name)

    def _with_chosen(self, act: Callable[[str], None]) -> None:
        name = self._chosen()
        if name is not None:
            act(name)

    def _choose(self, name: str | None) -> None:
        row = self.model.row_of(name) if name is not None else -1
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_layers()

    def _show_layers(self) -> None:
        scene = self.model.scene(self.list.currentIndex().row())
        self.layers_model.set_scene(scene)
        self.layers_title.setText(self.tr("Layers of %1").replace("%1", scene.name) if scene else self.tr("Layers"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self._chosen()
        row = self._row(name) if name is not None else -1
        for key in ("rename", "duplicate", "delete"):
            self.buttons[key].setEnabled(name is not None)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < self.model.rowCount() - 1)
        refusal = self.editing.delete_refusal(name) if name is not None else None
        if refusal:
            self.buttons["delete"].setEnabled(False)
        self.buttons["delete"].setToolTip(refusal or self.tr("Delete the chosen scene"))
