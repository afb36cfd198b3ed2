"""The Scenes dock's questions: a name for a new scene, a copy or a renamed one (asked again,
with the reason next to what was typed, until the store takes it), and whether to delete a
scene. The scene on air cannot be deleted, and the dock says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget
from sqlite_utils import Database

from studio.scenes import (
    SceneError,
    StoredScene,
    add_scene,
    delete_scene,
    duplicate_scene,
    free_copy_name,
    list_scenes,
    rename_scene,
)
from ui.name_dialog import NameDialog
from ui.scene_list_model import SceneListModel, SceneMark
from ui.store_jobs import StoreJobs, failure_text

Renamed = dict[str, str]  # {old name: new name}
Edited = Callable[[list[StoredScene], Renamed], None]  # the scenes as the store now has them
NamedEdit = Callable[[Database, str], Renamed]  # an edit that takes the name typed


class SceneEditing:
    def __init__(self, parent: QWidget, model: SceneListModel, message: QLabel, jobs: StoreJobs, edited: Edited) -> None:
        self._parent = parent
        self._model = model
        self._message = message
        self._jobs = jobs
        self._edited = edited
        self.dialog: NameDialog | None = None
        self.confirmation: QMessageBox | None = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SceneEditing", text)

    def close_dialogs(self) -> None:
        """The show changed: a question about the last one's store no longer stands."""
        for dialog in (self.dialog, self.confirmation):
            if dialog is not None:
                dialog.reject()
        self.dialog = self.confirmation = None

    # Names

    def ask_add(self) -> None:
        self._ask(self.tr("Add scene"), self.tr("Name of the new scene:"),
                  free_copy_name(self._model.names(), self.tr("Scene")), _add)

    def ask_rename(self, scene: str) -> None:
        self._ask(self.tr("Rename scene"), self.tr("New name for the scene:"), scene, _renaming(scene))

    def ask_duplicate(self, scene: str) -> None:
        self._ask(self.tr("Duplicate scene"), self.tr("Name of the copy:"), free_copy_name(self._model.names(), scene),
                  _duplicating(scene))

    def _ask(self, title: str, prompt: str, text: str, edit: NamedEdit) -> None:
        self.close_dialogs()
        dialog = NameDialog(title, prompt, text, self._parent)
        dialog.chosen.connect(lambda name: self._store(dialog, edit, name))
        self.dialog = dialog
        dialog.open()

    def _store(self, dialog: NameDialog, edit: NamedEdit, name: str) -> None:
        def job(db: Database) -> tuple[list[StoredScene], Renamed]:
            renamed = edit(db, name)
            return list_scenes(db), renamed

        def done(result: tuple[list[StoredScene], Renamed]) -> None:
            dialog.accept()
            self._edited(*result)

        self._jobs.run(job, done, lambda error: dialog.show_error(failure_text(error, SceneError)))

    # Deleting

    def delete_refusal(self, scene: str) -> str | None:
        """Why `scene` cannot be deleted now, or None."""
        mark = self._model.mark(scene)
        if mark is SceneMark.PROGRAM:
            return self.tr("“%1” is on program: put another scene on program to delete it").replace("%1", scene)
        if mark is SceneMark.PREVIEW:
            return self.tr("“%1” is in preview: prepare another scene to delete it").replace("%1", scene)
        if self._model.rowCount() == 1:
            return self.tr("“%1” is the only scene: a show needs one").replace("%1", scene)
        return None

    def ask_delete(self, scene: str) -> None:
        refusal = self.delete_refusal(scene)
        if refusal:
            self._message.setText(refusal)
            return
        self.close_dialogs()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete scene"),
                          self.tr("Delete the scene “%1” and its layers?").replace("%1", scene),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(box, button, scene))
        self.confirmation = box
        box.open()

    def _answered(self, box: QMessageBox, button: QAbstractButton, scene: str) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        refusal = self.delete_refusal(scene)  # the scene may have gone on air while the question was open
        if refusal:
            self._message.setText(refusal)
            return

        def job(db: Database) -> list[StoredScene]:
            delete_scene(db, scene)
            return list_scenes(db)

        self._jobs.run(job, lambda scenes: self._edited(scenes, {}), lambda error: self._message.setText(failure_text(error, SceneError)))


def _add(db: Database, name: str) -> Renamed:
    add_scene(db, name)
    return {}


def _renaming(scene: str) -> NamedEdit:
    return lambda db, name: {scene: rename_scene(db, scene, name)}


def _duplicating(scene: str) -> NamedEdit:
    def duplicate(db: Database, name: str) -> Renamed:
        duplicate_scene(db, scene, name)
        return {}
    return duplicate
