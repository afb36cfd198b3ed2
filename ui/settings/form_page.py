"""A settings page built from the definitions of its section alone (studio/setting_sections/):
one field a setting, its help below, and its mistake beside it on OK. A setting added to a
section appears on its page with no change here. Reading (the store and the keyring) runs off
the GUI thread; OK checks the changed values by the same definitions `vitrina settings` uses and
hands the dialog the saving, which keeps them all or none."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from sqlite_utils import Database

from studio.paths import Paths
from studio.secrets import from_keyring
from studio.setting_catalog import in_section
from studio.setting_definitions import Section, SettingDefinition
from studio.setting_store import SettingsRefused, StoredSettings, check_changes, read_settings, save_settings
from studio.store import store_session
from ui.off_gui import OffGui
from ui.plain_label import error_label, plain_label
from ui.refusals import reason_text
from ui.settings.setting_field import SecretSettingField, SettingField, field_for, translated
from ui.settings.settings_page import SettingsPage

HELP_STYLE = "color: palette(placeholder-text)"


@dataclass(frozen=True)
class FormRead:
    stored: StoredSettings
    secrets: dict[str, str | None]  # what the keyring holds for each secret, to show as dots


class FormPage(SettingsPage):
    section: Section  # set by each page

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.loaded = False
        self.definitions = in_section(self.section)
        self.values: dict[str, str] = {}  # as read: what a field is compared with
        self.keyring = True
        self.fields: dict[str, SettingField] = {}
        self.errors: dict[str, QLabel] = {}
        self.status = plain_label(self, self.tr("Reading the settings…"))
        self.form = QFormLayout(self)
        self.form.addRow(self.status)
        for definition in self.definitions:
            self._add_row(definition)
        self.setEnabled(False)

    def _add_row(self, definition: SettingDefinition) -> None:
        field = field_for(definition, self)
        help_text = translated(definition.help)
        if definition.next_start:
            help_text += " " + self.tr("Takes effect when the studio starts again.")
        help_label = plain_label(self, help_text)
        help_label.setStyleSheet(HELP_STYLE)
        self.fields[definition.name] = field
        self.errors[definition.name] = error_label(self)
        self.form.addRow(translated(definition.label), field)
        self.form.addRow("", help_label)
        self.form.addRow("", self.errors[definition.name])

    # Reading

    def load(self, off_gui: OffGui) -> None:
        paths, definitions = self.paths, self.definitions
        off_gui.run(f"{self.section.value}-settings-read", lambda: read_form(paths, definitions), self.show_read,
                    self._read_failed)

    def show_read(self, read: FormRead) -> None:
        self.values = dict(read.stored.values)
        self.keyring = read.stored.keyring
        for name, field in self.fields.items():
            if isinstance(field, SecretSettingField):
                place = field.definition.secret
                assert place is not None
                field.secret.set_secret(read.secrets.get(name), read.stored.secrets[name], place.variable,
                                        read.stored.keyring)
            else:
                field.set_value(self.values[name])
        self.status.clear()
        self.loaded = True
        self.setEnabled(True)

    def _read_failed(self, message: str) -> None:
        self.status.setText(self.tr("The settings could not be read: {reason}").format(reason=message))

    # Saving

    def changes(self) -> dict[str, str]:
        """What differs from what was read (a secret only when typed over)."""
        changed: dict[str, str] = {}
        for name, field in self.fields.items():
            if isinstance(field, SecretSettingField):
                if field.secret.changed:
                    changed[name] = field.value()
            elif field.value() != self.values[name]:
                changed[name] = field.value()
        return changed

    def saving(self) -> FormSave | None:
        for label in self.errors.values():
            label.clear()
        if not self.loaded:
            self.status.setText(self.tr("Still reading the settings: try OK again in a moment"))
            return None
        changes = self.changes()
        try:
            check_changes(changes)
        except SettingsRefused as refused:
            for name, refusal in refused.refusals.items():
                self.errors.get(name, self.status).setText(reason_text(refusal))
            return None
        secrets = [name for name in changes if self.fields[name].definition.secret is not None]
        if secrets and not self.keyring:
            for name in secrets:
                self.errors[name].setText(self.tr("There is no system keyring here to keep it in."))
            return None
        return FormSave(self.paths, changes)


def read_form(paths: Paths, definitions: Iterable[SettingDefinition]) -> FormRead:
    chosen = tuple(definitions)
    with store_session(paths) as db:
        stored = read_settings(db, chosen)
    secrets = {each.name: from_keyring(each.secret.keyring_name) for each in chosen if each.secret is not None}
    return FormRead(stored, secrets)


StoreWrite = Callable[[Database], None]


@dataclass(frozen=True)
class FormSave:
    """A form page's saving. The dialog joins every page's into one, so the pages' settings are
    kept together or not at all."""

    paths: Paths
    changes: dict[str, str]
    also: tuple[StoreWrite, ...] = ()  # more to write in the same transaction

    def __call__(self) -> None:
        if self.changes or self.also:
            with store_session(self.paths) as db:
                save_settings(db, self.changes, self._write_also)

    def _write_also(self, db: Database) -> None:
        for write in self.also:
            write(db)

    def joined(self, other: FormSave) -> FormSave:
        return FormSave(self.paths, {**self.changes, **other.changes}, self.also + other.also)
