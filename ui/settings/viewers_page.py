"""Settings ▸ Viewers: where a show asks how many watch, once a minute (YouTube's live video,
Twitch's channel), and the Client-Id Twitch's API wants beside the token chat uses. The specs
are the store's `viewers` setting; the Client-Id lives in the system keyring."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from studio.analytics.viewer_sources import SETTING, ViewerSpecError, parse_viewer_specs
from studio.paths import Paths
from studio.secrets import TWITCH_CLIENT_ID_ENTRY, from_keyring, keep_secret
from studio.settings import get_setting, set_setting
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import error_label, plain_label
from ui.settings.settings_page import SaveWork, SettingsPage


@dataclass(frozen=True)
class _Read:
    specs: str
    client_id: str


class ViewersPage(SettingsPage):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.loaded = False
        self.status = plain_label(self, self.tr("Reading the settings…"))
        self.specs = QLineEdit(self, placeholderText="youtube:VIDEO_ID twitch:LOGIN")
        self.specs_error = error_label(self)
        self.client_id = QLineEdit(self)
        self.client_error = error_label(self)
        form = QFormLayout(self)
        form.addRow(self.status)
        form.addRow(plain_label(self, self.tr(
            "While a show runs, the studio asks each platform listed here how many watch, once a minute: "
            "YouTube with the API key or token its chat uses, Twitch with its token and the Client-Id below.")))
        form.addRow(self.tr("Read viewers from"), self.specs)
        form.addRow("", self.specs_error)
        form.addRow(self.tr("Twitch Client-Id"), self.client_id)
        form.addRow("", self.client_error)
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Viewers")

    def load(self, off_gui: OffGui) -> None:
        off_gui.run("viewers-settings-read", lambda: _read(self.paths), self._show_read, self._read_failed)

    def _show_read(self, read: _Read) -> None:
        self.specs.setText(read.specs)
        self.client_id.setText(read.client_id)
        self.status.clear()
        self.loaded = True
        self.setEnabled(True)

    def _read_failed(self, message: str) -> None:
        self.status.setText(self.tr("The settings could not be read: {reason}").format(reason=message))

    def saving(self) -> SaveWork | None:
        self.specs_error.clear()
        self.client_error.clear()
        if not self.loaded:  # the fields stay disabled until read: nothing here was changed
            return lambda: None
        try:
            specs = " ".join(parse_viewer_specs(self.specs.text()))
        except ViewerSpecError as error:
            self.specs_error.setText(str(error).removeprefix("--viewers "))
            return None
        client_id = self.client_id.text().strip()
        if any(character.isspace() for character in client_id):
            self.client_error.setText(self.tr("A Client-Id has no spaces: paste it as Twitch shows it"))
            return None
        if any(spec.startswith("twitch:") for spec in specs.split()) and not client_id:
            self.client_error.setText(self.tr("Twitch answers only with a Client-Id: paste your application's"))
            return None
        paths = self.paths
        return lambda: _save(paths, specs, client_id)


def _read(paths: Paths) -> _Read:
    with store_session(paths) as db:
        specs = get_setting(db, SETTING, "")
    return _Read(specs, from_keyring(TWITCH_CLIENT_ID_ENTRY) or "")


def _save(paths: Paths, specs: str, client_id: str) -> None:
    changed = client_id and client_id != (from_keyring(TWITCH_CLIENT_ID_ENTRY) or "")
    if changed and not keep_secret(TWITCH_CLIENT_ID_ENTRY, client_id):  # first: without a keyring nothing is stored
        raise OSError("there is no system keyring to keep the Client-Id in")
    with store_session(paths) as db:
        set_setting(db, SETTING, specs)
