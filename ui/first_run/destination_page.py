"""A first destination (saved by name, its key in the system keyring) or "rehearse first"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from studio.destination_presets import CONTEXT, PRESETS, Platform, Preset
from studio.destinations import DestinationError, DestinationKind, check_name, check_url
from studio.first_run import FirstDestination
from ui.plain_label import error_label, plain_label
from ui.refusals import reason_text


class DestinationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where will you go live?"))
        self.setSubTitle(self.tr("A rehearsal publishes nothing: a practice audience chats and buys on a copy of your "
                                 "shop. Add destinations whenever you are ready."))
        self.rehearse = QRadioButton(self.tr("Rehearse first: no destination yet"), self)
        self.go_live = QRadioButton(self.tr("Save a destination:"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.rehearse)
        self.group.addButton(self.go_live)
        self.rehearse.setChecked(True)
        self.service = QComboBox(self)
        for preset in PRESETS:  # the Settings dialog's platforms
            self.service.addItem(QCoreApplication.translate(CONTEXT, preset.label), preset)
        self.name = QLineEdit(self)
        self.url = QLineEdit(self)
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = plain_label(self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.service)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Server:"), self.url)
        self.key_label = plain_label(self, self.tr("Stream key:"))
        form.addRow(self.key_label, self.key)
        form.addRow(self.hint)
        self.fields = QWidget(self)
        self.fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rehearse)
        layout.addWidget(self.go_live)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.go_live.toggled.connect(self.fields.setEnabled)
        self.fields.setEnabled(False)
        self._service_chosen(0)

    def _service_chosen(self, index: int) -> None:
        preset: Preset = self.service.itemData(index)
        whip = preset.kind is DestinationKind.WHIP
        self.name.setText({Platform.CUSTOM_RTMP: "", Platform.WHIP: "WHIP"}.get(preset.platform, preset.label))
        self.url.setText(preset.server_url)
        self.url.setPlaceholderText("https://host/whip" if whip else "rtmps://host/app")
        self.key_label.setText(self.tr("Bearer token:") if whip else self.tr("Stream key:"))
        self.hint.setText(QCoreApplication.translate(CONTEXT, preset.where))

    def chosen(self) -> FirstDestination | None:
        if self.rehearse.isChecked():
            return None
        return FirstDestination(self.name.text().strip(), self.url.text().strip(), self.key.text().strip() or None)

    def validatePage(self) -> bool:
        destination = self.chosen()
        if destination is None:
            self.error.clear()
            return True
        try:
            check_name(destination.name)
            kind, _ = check_url(destination.url)
        except DestinationError as error:
            self.error.setText(reason_text(error))
            return False
        if kind is DestinationKind.RTMP and not destination.key:
            self.error.setText(self.tr("Stream key: empty; an RTMP destination needs its stream key"))
            return False
        self.error.clear()
        return True
