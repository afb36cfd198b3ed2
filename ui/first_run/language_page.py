"""The window's language. Stored as `window_language`; the window follows it on its next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget, QWizardPage

from studio.setting_catalog import definition
from studio.setting_definitions import CONTEXT
from studio.setting_sections.language import SYSTEM, WINDOW_LANGUAGE


class LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Vitrina"))
        self.setSubTitle(self.tr("A few questions get you to your first show. You can skip them, and ask for them "
                                 "again from Help ▸ First-run assistant."))
        self.language = QComboBox(self)
        for choice in definition(WINDOW_LANGUAGE).choices:  # the Settings dialog's: each language in its own name
            self.language.addItem(QCoreApplication.translate(CONTEXT, choice.label), choice.value)
        self.language.setCurrentIndex(self.language.findData(SYSTEM))
        form = QFormLayout(self)
        form.addRow(self.tr("Language of the window:"), self.language)

    ready = False  # Next waits until the answers kept last time are in the pages

    def choose(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def set_ready(self) -> None:
        self.ready = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ready

    def chosen(self) -> str:
        return str(self.language.currentData())
