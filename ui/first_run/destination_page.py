"""A first destination (saved by name, its key in the system keyring) or "rehearse first"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from studio.destinations import DestinationError, DestinationKind, check_name, check_url
from studio.first_run import FirstDestination
from ui.plain_label import error_label, plain_label


@dataclass(frozen=True)
class Service:
    name: str  # also the destination's name
    url: str  # the server's address where the service has one for everybody; else ""
    hint: str  # where its key (and address) are found; marked for translation, translated where shown


SERVICES = (
    Service("YouTube", "rtmps://a.rtmps.youtube.com:443/live2", str(QT_TRANSLATE_NOOP("DestinationPage", "YouTube Studio ▸ Go live ▸ Stream: the stream key"))),
    Service("Facebook", "rtmps://live-api-s.facebook.com:443/rtmp", str(QT_TRANSLATE_NOOP("DestinationPage", "Live Producer ▸ Streaming software: the stream key"))),
    Service("Instagram", "", str(QT_TRANSLATE_NOOP("DestinationPage", "Instagram's Live Producer: its server URL (rtmps://...) and stream key, new for each live"))),
    Service("Twitch", "rtmp://live.twitch.tv/app", str(QT_TRANSLATE_NOOP("DestinationPage", "Creator Dashboard ▸ Settings ▸ Stream: the primary stream key"))),
    Service("TikTok", "", str(QT_TRANSLATE_NOOP("DestinationPage", "TikTok LIVE Producer: the server URL and stream key it gives for the live"))),
    Service("WHIP", "", str(QT_TRANSLATE_NOOP("DestinationPage", "a WHIP server's endpoint (MediaMTX: http://host:8889/NAME/whip) and its bearer token, if any"))),
    Service("RTMP", "", str(QT_TRANSLATE_NOOP("DestinationPage", "any RTMP or RTMPS server: its address (rtmp://host/app) and stream key"))),
)


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
        for service in SERVICES:
            self.service.addItem(service.name, service)
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
        form.addRow(self.tr("Stream key:"), self.key)
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
        service: Service = self.service.itemData(index)
        self.name.setText(service.name)
        self.url.setText(service.url)
        self.url.setPlaceholderText("https://host/whip" if service.name == "WHIP" else "rtmps://host/app")
        self.hint.setText(self.tr(service.hint))

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
            self.error.setText(str(error))
            return False
        if kind is DestinationKind.RTMP and not destination.key:
            self.error.setText(self.tr("Stream key: empty; an RTMP destination needs its stream key"))
            return False
        self.error.clear()
        return True
