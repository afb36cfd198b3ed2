"""The chosen scene's layers, the top one first (as a streamer reads them), each with a
checkbox that shows or hides it. A tick asks the dock to store it (`visibility_requested`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from studio.scenes import CAMERA, PRICE_TICKER, PRODUCT_CARD, SCREEN, StoredLayer, StoredScene

Index = QModelIndex | QPersistentModelIndex


class SceneLayersModel(QAbstractListModel):
    visibility_requested = Signal(str, int, bool)  # the scene's name, the layer (0 is the bottom), shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._scene: StoredScene | None = None
        self._layers: list[StoredLayer] = []  # top first
        self._labels = {CAMERA: self.tr("Camera"), SCREEN: self.tr("Screen"),
                        PRODUCT_CARD: self.tr("Product card"), PRICE_TICKER: self.tr("Price ticker")}

    @property
    def scene_name(self) -> str | None:
        return self._scene.name if self._scene is not None else None

    def set_scene(self, scene: StoredScene | None) -> None:
        self.beginResetModel()
        self._scene = scene
        self._layers = list(reversed(scene.layers)) if scene is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._layers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._layers):
            return None
        layer = self._layers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels.get(layer.target, layer.target)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Shown: untick to hide it") if layer.visible else self.tr("Hidden: tick to show it")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self._scene is None or not index.isValid():
            return False
        row = index.row()
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        self._layers[row] = replace(self._layers[row], visible=shown)
        self.dataChanged.emit(index, index, [role])  # at once; the store's answer replaces it
        self.visibility_requested.emit(self._scene.name, len(self._layers) - 1 - row, shown)
        return True
