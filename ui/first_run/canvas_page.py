"""Landscape or vertical: the canvas shows start with (Settings can change it later)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from studio.first_run import Canvas


class CanvasPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Landscape or vertical?"))
        self.setSubTitle(self.tr("The shape of the picture your shows start with."))
        self.landscape = QRadioButton(self.tr("Landscape, 16:9 (1280×720): YouTube, Facebook, Twitch, a shop's site"), self)
        self.vertical = QRadioButton(self.tr("Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, phones"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.landscape)
        self.group.addButton(self.vertical)
        self.landscape.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.landscape)
        layout.addWidget(self.vertical)
        layout.addStretch(1)

    def choose(self, size: str) -> None:
        vertical = Canvas.of(size) is Canvas.VERTICAL
        self.vertical.setChecked(vertical)
        self.landscape.setChecked(not vertical)

    def chosen(self) -> Canvas:
        return Canvas.VERTICAL if self.vertical.isChecked() else Canvas.LANDSCAPE
