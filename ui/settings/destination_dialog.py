"""Adding or editing one destination: a platform whose preset fills the server address, a name,
the address, and the stream key (RTMP) or bearer token (WHIP) as dots with Show. OK checks each
field and says what is wrong beside it; then the store and the keyring take it off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from studio.destination_presets import CONTEXT, PRESETS, Platform, Preset, preset_for
from studio.destinations import (
    Destination,
    DestinationError,
    DestinationKind,
    Saved,
    check_name,
    check_secret,
    check_url,
    save_destination,
    update_destination,
)
from studio.paths import Paths
from studio.secrets import SecretSource
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import error_label, plain_label
from ui.refusals import reason_text
from ui.settings.secret_field import SecretField

NAME, URL, KEY = "name", "url", "key"


class DestinationDialog(QDialog):
    saved = Signal(object)  # Saved

    def __init__(self, paths: Paths, editing: Destination | None, key: str | None, source: SecretSource,
                 keyring: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.editing = editing
        self._filled_name = ""  # the name the last preset filled in
        self.off_gui = OffGui(self)
        self.setWindowTitle(self.tr("Edit destination") if editing else self.tr("Add destination"))
        self.platform = QComboBox(self)
        for preset in PRESETS:
            self.platform.addItem(QCoreApplication.translate(CONTEXT, preset.label), preset.platform.value)
        self.name = QLineEdit(self)
        self.url = QLineEdit(self)
        self.key = SecretField(self)
        self.key_label = QLabel(self)
        self.where = plain_label(self)
        self.errors = {field: error_label(self) for field in (NAME, URL, KEY)}
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow("", self.where)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors[NAME])
        form.addRow(self.tr("Server URL"), self.url)
        form.addRow("", self.errors[URL])
        form.addRow(self.key_label, self.key)
        form.addRow("", self.errors[KEY])
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.key.set_secret(key, source, editing.key_variable if editing else "VITRINA_KEY_<NAME>", keyring)
        if editing is not None:
            self.name.setText(editing.name)
            self.url.setText(editing.url)
            self.platform.setCurrentIndex(self.platform.findData(preset_for(editing.url).platform.value))
        self._follow_platform(fill=editing is None)
        self.platform.currentIndexChanged.connect(lambda _index: self._follow_platform(fill=True))

    def preset(self) -> Preset:
        return next(preset for preset in PRESETS if preset.platform.value == self.platform.currentData())

    def _follow_platform(self, fill: bool) -> None:
        preset = self.preset()
        self.where.setText(QCoreApplication.translate(CONTEXT, preset.where))
        whip = preset.kind is DestinationKind.WHIP
        self.key_label.setText(self.tr("Bearer token") if whip else self.tr("Stream key"))
        self.url.setPlaceholderText("https://whip.example/endpoint" if whip else "rtmp://server/app")
        if fill:
            self.url.setText(preset.server_url)
            if self.name.text().strip() in ("", self._filled_name):  # a name the user typed stays
                self._filled_name = "" if preset.platform in (Platform.CUSTOM_RTMP, Platform.WHIP) else preset.platform.value
                self.name.setText(self._filled_name)

    def accept(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear()
        key = self.key.typed() if self.key.changed or self.editing is None else None
        try:
            check_name(self.name.text())
        except DestinationError as error:
            self.errors[NAME].setText(reason_text(error))
        try:
            kind, _url = check_url(self.url.text())
            if key is not None:
                check_secret(kind, key)
        except DestinationError as error:
            self._show_error(error)
        if any(label.text() for label in self.errors.values()):
            return
        self.buttons.setEnabled(False)
        paths, editing, name, url = self.paths, self.editing, self.name.text(), self.url.text()
        self.off_gui.run("destination-save", lambda: _save(paths, editing, name, url, key), self._saved,
                         self._save_failed)

    def _show_error(self, error: DestinationError) -> None:
        self.errors[_field_of(error) or KEY].setText(reason_text(error))

    def _saved(self, saved: Saved | DestinationError) -> None:
        if isinstance(saved, DestinationError):  # refused by the store: beside its field, else below
            self.buttons.setEnabled(True)
            field = _field_of(saved)
            (self.errors[field] if field else self.error).setText(reason_text(saved))
            return
        self.saved.emit(saved)
        super().accept()

    def _save_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)

    def wait(self) -> None:
        self.off_gui.wait()


def _save(paths: Paths, editing: Destination | None, name: str, url: str, key: str | None) -> Saved | DestinationError:
    try:
        with store_session(paths) as db:
            if editing is None:
                return save_destination(db, name, url, key)
            return update_destination(db, editing.name, name, url, key)
    except DestinationError as error:
        return error


def _field_of(error: DestinationError) -> str | None:
    """The field a refusal is about, by the name its English words start with ("url: has a space...")."""
    return next((field for field in (NAME, URL) if str(error).startswith(field)), None)
