"""Settings ▸ Destinations: the saved RTMP(S) and WHIP destinations, each with its address (the key
never shown here) and whether Go Live offers it. Add…, Edit… and Remove save at once (the key or
token to the keyring); the Enabled boxes are saved with the dialog's OK. Where there is no system
keyring the page says so, and which variable carries a key instead."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.destinations import Destination, Saved, list_destinations, remove_destination, secret_source, set_enabled
from studio.paths import Paths
from studio.secrets import SecretSource, from_keyring, keyring_available
from studio.storage import transaction
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import error_label, plain_label
from ui.settings.destination_dialog import DestinationDialog
from ui.settings.settings_page import SaveWork, SettingsPage

NAME_COLUMN, URL_COLUMN, ENABLED_COLUMN = range(3)


@dataclass(frozen=True)
class _Read:
    destinations: list[Destination]
    keyring: bool


@dataclass(frozen=True)
class _Key:
    destination: Destination
    key: str | None
    source: SecretSource
    keyring: bool


class DestinationsPage(SettingsPage):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.loaded = False
        self.keyring = True
        self.destinations: list[Destination] = []
        self.editor: DestinationDialog | None = None
        self.confirm: QMessageBox | None = None
        self.off_gui: OffGui | None = None
        self.status = plain_label(self, self.tr("Reading the destinations…"))
        self.keyring_note = error_label(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Server"), self.tr("Enabled")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(URL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(lambda: self._open_editor(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.remove_button.clicked.connect(self._confirm_removal)
        self.table.itemSelectionChanged.connect(self._follow_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        self.notice = plain_label(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(plain_label(self, self.tr("Added, edited and removed destinations are saved at once; the "
                                                   "Enabled boxes, with OK.")))
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Destinations")

    # Reading

    def load(self, off_gui: OffGui) -> None:
        self.off_gui = off_gui
        paths = self.paths
        off_gui.run("destinations-read", lambda: _read(paths), self._show_read, self._read_failed)

    def _show_read(self, read: _Read) -> None:
        self.destinations, self.keyring = read.destinations, read.keyring
        self.keyring_note.setText("" if read.keyring else self.tr(
            "There is no system keyring here: keys cannot be kept. A destination is saved without its key, which "
            "then comes from VITRINA_KEY_<NAME> in the environment of the session that goes live."))
        self.table.setRowCount(len(read.destinations))
        for row, destination in enumerate(read.destinations):
            for column, text in ((NAME_COLUMN, destination.name), (URL_COLUMN, destination.url)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            enabled = QTableWidgetItem()
            enabled.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            enabled.setCheckState(Qt.CheckState.Checked if destination.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(row, ENABLED_COLUMN, enabled)
        self.status.setText("" if read.destinations else self.tr("No destination yet: Add… one to go live to."))
        self.loaded = True
        self.setEnabled(True)
        self._follow_selection()

    def _read_failed(self, message: str) -> None:
        self.status.setText(self.tr("The destinations could not be read: {reason}").format(reason=message))

    def _reload(self) -> None:
        if self.off_gui is not None:
            self.load(self.off_gui)

    def _follow_selection(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> Destination | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.destinations[rows.pop()] if len(rows) == 1 else None

    # Add, edit, remove: saved at once

    def _edit_selected(self) -> None:
        destination = self.selected()
        if destination is not None and self.off_gui is not None:
            self.off_gui.run("destination-key-read", lambda: _key(destination), self._open_key, self._read_failed)

    def _open_key(self, read: _Key) -> None:
        self._open_editor(read)

    def _open_editor(self, read: _Key | None) -> None:
        if read is None:
            editor = DestinationDialog(self.paths, None, None, SecretSource.NONE, self.keyring, self)
        else:
            editor = DestinationDialog(self.paths, read.destination, read.key, read.source, read.keyring, self)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()

    def _saved(self, saved: Saved) -> None:
        self.notice.setText(saved.notice or self.tr("Saved {name}.").format(name=saved.destination.name))
        self._reload()

    def _confirm_removal(self) -> None:
        destination = self.selected()
        if destination is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove destination"),
                          self.tr("Remove {name} and forget its key?").format(name=destination.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.accepted.connect(lambda: self._remove(destination))
        self.confirm = box
        box.open()

    def _remove(self, destination: Destination) -> None:
        if self.off_gui is None:
            return
        paths = self.paths
        self.off_gui.run("destination-remove", lambda: _remove(paths, destination.name),
                         lambda _removed: self._removed(destination), self._read_failed)

    def _removed(self, destination: Destination) -> None:
        self.notice.setText(self.tr("Removed {name}.").format(name=destination.name))
        self._reload()

    # Saving: the Enabled boxes

    def enabled_changes(self) -> dict[str, bool]:
        changed: dict[str, bool] = {}
        for row, destination in enumerate(self.destinations):
            item = self.table.item(row, ENABLED_COLUMN)
            enabled = item is not None and item.checkState() == Qt.CheckState.Checked
            if enabled != destination.enabled:
                changed[destination.name] = enabled
        return changed

    def saving(self) -> SaveWork | None:
        if not self.loaded:
            self.status.setText(self.tr("Still reading the destinations: try OK again in a moment"))
            return None
        changes, paths = self.enabled_changes(), self.paths
        return lambda: _save_enabled(paths, changes)

    def wait(self) -> None:
        if self.editor is not None:
            self.editor.wait()


def _read(paths: Paths) -> _Read:
    with store_session(paths) as db:
        return _Read(list_destinations(db), keyring_available())


def _key(destination: Destination) -> _Key:
    return _Key(destination, from_keyring(destination.keyring_name), secret_source(destination), keyring_available())


def _remove(paths: Paths, name: str) -> None:
    with store_session(paths) as db:
        remove_destination(db, name)


def _save_enabled(paths: Paths, changes: dict[str, bool]) -> None:
    if changes:
        with store_session(paths) as db, transaction(db):
            for name, enabled in changes.items():
                set_enabled(db, name, enabled)
