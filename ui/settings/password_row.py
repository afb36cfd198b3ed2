"""The remote-control password on the settings page: masked, with Show and Copy, and
Regenerate, whose new password is kept in the keyring only when the dialog's OK saves it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio.remote.password import RemotePassword
from studio.secrets import REMOTE_PASSWORD_VARIABLE, make_remote_password
from ui.plain_label import error_label, plain_label


class PasswordRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_password: str | None = None  # made by Regenerate, kept on OK
        self._password = RemotePassword(None)
        self.field = QLineEdit(self)
        self.field.setReadOnly(True)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        self.regenerate_button = QPushButton(self.tr("Regenerate"), self)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.note = plain_label(self)
        self.error = error_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.field, 1)
        for button in (self.show_button, self.copy_button, self.regenerate_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.error)

    @property
    def has_password(self) -> bool:
        return bool(self.new_password or self._password.value)

    def set_password(self, password: RemotePassword) -> None:
        self._password = password
        self.field.setText(password.value or "")
        self.copy_button.setEnabled(bool(password.value))
        self.regenerate_button.setEnabled(password.value is not None and not password.from_environment)
        if password.from_environment:
            reason = self.tr("The password comes from {variable}: change it there.").format(
                variable=REMOTE_PASSWORD_VARIABLE)
        elif password.value is None:
            reason = self.tr("There is no system keyring to keep a password in: set {variable}.").format(
                variable=REMOTE_PASSWORD_VARIABLE)
        else:
            reason = self.tr("Kept in the system keyring. Give it to each tool that connects.")
        self.regenerate_button.setToolTip(reason)
        self.note.setText(reason)

    def _show(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _regenerate(self) -> None:
        self.new_password = make_remote_password()
        self.field.setText(self.new_password)
        self.note.setText(self.tr("A new password: it replaces the old one when you press OK, and every tool "
                                  "must then be given it."))
