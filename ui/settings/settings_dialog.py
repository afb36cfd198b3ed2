"""File ▸ Settings…: a page list on the left, the chosen page on the right. Nothing is saved
until OK, and then only when every page's fields are right; saving runs off the GUI thread, the
pages built from the settings' definitions in one transaction (all of them kept, or none)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.off_gui import OffGui
from ui.plain_label import error_label
from ui.settings.form_page import FormSave
from ui.settings.settings_page import SaveWork, SettingsPage


class SettingsDialog(QDialog):
    saved = Signal()  # every page was saved

    def __init__(self, pages: list[SettingsPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 520)
        self.pages = pages
        self.off_gui = OffGui(self)
        self.page_list = QListWidget(self)
        self.page_list.setMaximumWidth(180)
        self.stack = QStackedWidget(self)
        for page in pages:
            self.page_list.addItem(page.title())
            self.stack.addWidget(_scrolled(page))
            page.load(self.off_gui)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.page_list)
        columns.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.error.clear()
        works: list[SaveWork] = []
        forms: FormSave | None = None  # every form page's settings, kept in one transaction
        for row, page in enumerate(self.pages):
            work = page.saving()
            if work is None:
                self.page_list.setCurrentRow(row)
                return
            if isinstance(work, FormSave):
                forms = work if forms is None else forms.joined(work)
            else:
                works.append(work)
        if forms is not None:
            works.insert(0, forms)
        self.buttons.setEnabled(False)  # until the store and the keyring answer
        self.off_gui.run("settings-save", lambda: [work() for work in works], self._saved, self._save_failed)

    def wait(self) -> None:
        """For closing the window: no read or save is left running."""
        self.off_gui.wait()
        for page in self.pages:
            page.wait()

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        super().accept()

    def _save_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.tr("The settings could not be saved: {reason}").format(reason=message))


def _scrolled(page: SettingsPage) -> QScrollArea:
    """A long page (Chat, Shop as settings are added) scrolls rather than stretching the dialog."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area
