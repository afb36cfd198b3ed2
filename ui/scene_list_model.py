"""The scenes as the store lists them, each marked when it is on program or in preview.

A move (dragging a row, or `moveRow`) is not made here: `move_requested` asks the dock to make
it in the store, and the list is read again from there."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from studio.scenes import StoredScene

MARK_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SceneMark(Enum):
    NONE = "none"
    PROGRAM = "program"
    PREVIEW = "preview"


MARK_COLOURS = {SceneMark.PROGRAM: QColor(214, 48, 49), SceneMark.PREVIEW: QColor(46, 160, 67)}


class SceneListModel(QAbstractListModel):
    move_requested = Signal(str, int)  # a scene's name, the place it should go to (0 is the first)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._scenes: list[StoredScene] = []
        self._program: str | None = None
        self._preview: str | None = None
        self._icons = {mark: _dot(colour) for mark, colour in MARK_COLOURS.items()}

    def set_scenes(self, scenes: list[StoredScene]) -> None:
        self.beginResetModel()
        self._scenes = list(scenes)
        self.endResetModel()

    def set_marks(self, program: str | None, preview: str | None) -> None:
        self._program, self._preview = program, preview
        if self._scenes:
            self.dataChanged.emit(self.index(0), self.index(len(self._scenes) - 1))

    def scene(self, row: int) -> StoredScene | None:
        return self._scenes[row] if 0 <= row < len(self._scenes) else None

    def row_of(self, name: str) -> int:
        return next((row for row, scene in enumerate(self._scenes) if scene.name == name), -1)

    def names(self) -> list[str]:
        return [scene.name for scene in self._scenes]

    def mark(self, name: str) -> SceneMark:
        if name == self._program:
            return SceneMark.PROGRAM
        return SceneMark.PREVIEW if name == self._preview else SceneMark.NONE

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._scenes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scene = self.scene(index.row()) if index.isValid() else None
        if scene is None:
            return None
        mark = self.mark(scene.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return scene.name
        if role == MARK_ROLE:
            return mark
        if role == Qt.ItemDataRole.ToolTipRole:
            return {SceneMark.PROGRAM: self.tr("On program"), SceneMark.PREVIEW: self.tr("In preview")}.get(mark, "")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(mark)
        if role == Qt.ItemDataRole.FontRole and mark is SceneMark.PROGRAM:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # Moving rows: the view's internal drag calls moveRows

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index,
                 destination_child: int) -> bool:
        """`destination_child` is the row the scene goes before, as Qt counts it."""
        scene = self.scene(source_row)
        if scene is None or count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        place = destination_child - 1 if destination_child > source_row else destination_child
        if place != source_row:
            self.move_requested.emit(scene.name, place)
        return True


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
