"""Settings ▸ Graphics: the theme colour and the logo (from their definitions), and which graphics
each scene shows: a row a scene, a box a graphic, read from and saved to the scenes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from studio.paths import Paths
from studio.scene_graphics import SCENE_GRAPHICS, set_scene_graphics, shown_graphics
from studio.scenes import PRICE_TICKER, PRODUCT_CARD, StoredScene, list_scenes
from studio.setting_definitions import Section
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import plain_label
from ui.settings.form_page import FormPage, FormSave


class GraphicsPage(FormPage):
    section = Section.GRAPHICS

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(paths, parent)
        self.scenes: list[StoredScene] = []
        names = {PRODUCT_CARD: self.tr("Product card"), PRICE_TICKER: self.tr("Price ticker")}
        self.table = QTableWidget(0, len(SCENE_GRAPHICS), self)
        self.table.setHorizontalHeaderLabels([names[graphic] for graphic in SCENE_GRAPHICS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form.addRow(plain_label(self, self.tr("Which graphics each scene shows")))
        self.form.addRow(self.table)

    def title(self) -> str:
        return self.tr("Graphics")

    def load(self, off_gui: OffGui) -> None:
        super().load(off_gui)
        paths = self.paths
        off_gui.run("scene-graphics-read", lambda: _scenes(paths), self._show_scenes, self._read_failed)

    def _show_scenes(self, scenes: list[StoredScene]) -> None:
        self.scenes = scenes
        self.table.setRowCount(len(scenes))
        self.table.setVerticalHeaderLabels([scene.name for scene in scenes])
        for row, scene in enumerate(scenes):
            for column, graphic in enumerate(SCENE_GRAPHICS):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if graphic in shown_graphics(scene) else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)

    def shown(self) -> dict[str, frozenset[str]]:
        """Each scene's graphics as the boxes say, for the scenes whose boxes changed."""
        changed: dict[str, frozenset[str]] = {}
        for row, scene in enumerate(self.scenes):
            ticked = frozenset(graphic for column, graphic in enumerate(SCENE_GRAPHICS) if self.ticked(row, column))
            if ticked != shown_graphics(scene):
                changed[scene.name] = ticked
        return changed

    def ticked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def saving(self) -> FormSave | None:
        form = super().saving()
        shown = self.shown()
        if form is None or not shown:
            return form
        return replace(form, also=(*form.also, lambda db: set_scene_graphics(db, shown)))


def _scenes(paths: Paths) -> list[StoredScene]:
    with store_session(paths) as db:
        return list_scenes(db)
