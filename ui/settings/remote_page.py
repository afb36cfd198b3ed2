"""Settings ▸ Remote control: whether obs-websocket 5 tools (Stream Deck, Companion, Touch
Portal, Streamer.bot, scripts) may drive the show, where they connect, the password they must
give, and the browser pages let in. Checked on OK, each mistake next to its field."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from studio.paths import Paths
from studio.remote.password import RemotePassword, current_remote_password, keep_remote_password
from studio.remote.settings import DEFAULT_HOST, is_loopback, websocket_url
from studio.remote.stored_settings import (
    ALLOWED_ORIGINS,
    HOST,
    PASSWORD_REQUIRED,
    PORT,
    StoredRemote,
    StoredSettingError,
    load_remote,
    origins_text,
    remote_from_fields,
    save_remote,
)
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import error_label, plain_label
from ui.refusals import reason_text
from ui.settings.password_row import PasswordRow
from ui.settings.settings_page import SaveWork, SettingsPage

PASSWORD = "password"  # the password row's errors (it is not a stored setting)


@dataclass(frozen=True)
class _Read:
    stored: StoredRemote
    problem: StoredSettingError | None  # what the store held that cannot be used: shown, the defaults in its place
    password: RemotePassword


class RemotePage(SettingsPage):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.loaded = False
        self.enabled = QCheckBox(self.tr("Let remote-control tools drive the show (obs-websocket 5)"), self)
        self.host = QLineEdit(self)
        self.port = QLineEdit(self)
        self.password_required = QCheckBox(self.tr("Require a password"), self)
        self.password_warning = error_label(self)
        self.password = PasswordRow(self)
        self.origins = QPlainTextEdit(self)
        self.origins.setPlaceholderText(self.tr("https://deck.example (one per line)"))
        self.connect_line = plain_label(self)
        self.errors = {key: error_label(self) for key in (HOST, PORT, PASSWORD_REQUIRED, ALLOWED_ORIGINS)}
        self.errors[PASSWORD] = self.password.error
        self.status = plain_label(self, self.tr("Reading the settings…"))
        self._lay_out()
        self.host.textEdited.connect(lambda _text: self._update())
        self.port.textEdited.connect(lambda _text: self._update())
        self.password_required.toggled.connect(lambda _on: self._update())
        self.setEnabled(False)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.status)
        form.addRow(self.enabled)
        form.addRow(self.tr("Address"), self.host)
        form.addRow("", self.errors[HOST])
        form.addRow(self.tr("Port"), self.port)
        form.addRow("", self.errors[PORT])
        form.addRow(self.password_required)
        form.addRow(self.password_warning)
        form.addRow(self.errors[PASSWORD_REQUIRED])
        form.addRow(self.tr("Password"), self.password)
        origins_label = plain_label(self, self.tr("Browser pages allowed to connect"))
        origins_label.setToolTip(self.tr("A web page open in your browser can reach remote control too: it is "
                                         "refused unless its origin is listed here"))
        form.addRow(origins_label, self.origins)
        form.addRow("", self.errors[ALLOWED_ORIGINS])
        form.addRow(self.connect_line)

    def title(self) -> str:
        return self.tr("Remote control")

    # Reading

    def load(self, off_gui: OffGui) -> None:
        off_gui.run("remote-settings-read", lambda: _read(self.paths), self._show_read, self._read_failed)

    def _show_read(self, read: _Read) -> None:
        stored = read.stored
        self.enabled.setChecked(stored.enabled)
        self.host.setText(stored.settings.host)
        self.port.setText(str(stored.settings.port))
        self.password_required.setChecked(stored.settings.password_required)
        self.origins.setPlainText(origins_text(stored.settings))
        self.password.set_password(read.password)
        self.status.clear()
        if read.problem is not None:
            self._show_error(read.problem)
        self.loaded = True
        self.setEnabled(True)
        self._update()

    def _read_failed(self, message: str) -> None:
        self.status.setText(self.tr("The settings could not be read: {reason}").format(reason=message))

    # Following what is typed

    def _update(self) -> None:
        host = self.host.text().strip() or DEFAULT_HOST
        beyond = not is_loopback(host)
        if beyond:
            self.password_required.setChecked(True)
        self.password_required.setEnabled(not beyond)
        self.password_required.setToolTip(
            self.tr("Always required when listening beyond this machine ({host}): anyone on the network could "
                    "take over the show").format(host=host) if beyond else "")
        self.password_warning.setText(
            "" if self.password_required.isChecked() else
            self.tr("Without a password, any web page open in this computer's browser can switch scenes, go "
                    "live or end the show. Turn it off only if you know why."))
        port = self.port.text().strip()
        self.connect_line.setText(
            self.tr("Tools connect to {url}").format(url=websocket_url(host, int(port)))
            if port.isascii() and port.isdigit() else self.tr("Tools connect to the address and port above"))

    # Saving

    def saving(self) -> SaveWork | None:
        for label in self.errors.values():
            label.clear()
        if not self.loaded:
            self.status.setText(self.tr("Still reading the settings: try OK again in a moment"))
            return None
        try:
            stored = remote_from_fields(self.enabled.isChecked(), self.host.text(), self.port.text(),
                                        self.password_required.isChecked(), self.origins.toPlainText())
        except StoredSettingError as error:
            self._show_error(error)
            return None
        if stored.enabled and stored.settings.password_required and not self.password.has_password:
            self.errors[PASSWORD].setText(self.password.note.text())
            return None
        paths, new_password = self.paths, self.password.new_password
        return lambda: _save(paths, stored, new_password)

    def _show_error(self, error: StoredSettingError) -> None:
        label: QLabel = self.errors.get(error.setting, self.status)
        label.setText(reason_text(error))


def _read(paths: Paths) -> _Read:
    with store_session(paths) as db:
        try:
            stored, problem = load_remote(db), None
        except StoredSettingError as error:
            stored, problem = StoredRemote(), error
    return _Read(stored, problem, current_remote_password())


def _save(paths: Paths, stored: StoredRemote, new_password: str | None) -> None:
    if new_password is not None:
        keep_remote_password(new_password)  # first: without a keyring nothing is stored
    with store_session(paths) as db:
        save_remote(db, stored)
