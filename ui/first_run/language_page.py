"""The window's language. Stored as `window_language`; the window follows it on its next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget, QWizardPage

# Each language in its own name, so a newcomer finds theirs whatever the window speaks now.
LANGUAGES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "fr": "Français", "ru": "Русский"}


def system_language() -> str:
    """The system's language where the window speaks it (pt_PT gets pt_BR), else English."""
    name = QLocale.system().name()
    language = name.split("_")[0]
    return name if name in LANGUAGES else next((code for code in LANGUAGES if code.split("_")[0] == language), "en")


class LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Vitrina"))
        self.setSubTitle(self.tr("A few questions get you to your first show. You can skip them, and ask for them "
                                 "again from Help ▸ First-run assistant."))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(system_language()))
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
