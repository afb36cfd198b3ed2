"""Settings ▸ Video: canvas, frame rate, bitrate and encoder preset, from their definitions; the
next show opens with them (the one on air keeps its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studio.paths import Paths
from studio.setting_definitions import Section
from ui.plain_label import plain_label
from ui.settings.form_page import FormPage


class VideoPage(FormPage):
    section = Section.VIDEO

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(paths, parent)
        self.form.addRow(plain_label(self, self.tr("The next show opens with these; `vitrina run` too, unless its "
                                                   "options say otherwise.")))

    def title(self) -> str:
        return self.tr("Video")
