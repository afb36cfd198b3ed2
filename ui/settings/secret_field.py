"""A key or token as the settings show it: dots, with Show, and a line saying where it is kept
(the system keyring, an environment variable that wins, or nowhere because there is no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio.secrets import SecretSource
from ui.plain_label import plain_label


class SecretField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = ""  # what the keyring held when the page was read
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show)
        self.note = plain_label(self)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def typed(self) -> str:
        return self.field.text()

    @property
    def changed(self) -> bool:
        return self.field.isEnabled() and self.field.text() != self.loaded

    def set_secret(self, value: str | None, source: SecretSource, variable: str, keyring: bool) -> None:
        """What is kept now, and where (never the environment's value: it is not the keyring's to show)."""
        self.loaded = value if source is SecretSource.KEYRING and value else ""
        self.field.setText(self.loaded)
        self.field.setEnabled(source is not SecretSource.ENVIRONMENT)
        if source is SecretSource.ENVIRONMENT:
            self.note.setText(self.tr("Comes from {variable} in this session's environment: change it there.")
                              .format(variable=variable))
        elif not keyring:
            self.note.setText(self.tr("There is no system keyring here to keep it in: set {variable} in the "
                                      "environment instead.").format(variable=variable))
        elif self.loaded:
            self.note.setText(self.tr("Kept in the system keyring."))
        else:
            self.note.setText(self.tr("Not set. Kept in the system keyring once saved."))

    def _show(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))
