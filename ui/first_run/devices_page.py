"""The camera and microphone check: what this machine has, listed off the GUI thread; with no
camera, the moving test pattern stands in."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QWidget, QWizardPage

from media.audio.devices import input_devices
from media.device_check import CheckResult, check_camera, check_microphone
from media.devices import Device, cameras
from ui.off_gui import OffGui
from ui.plain_label import plain_label

TEST_PATTERN, TONE, SILENCE = "testpattern", "tone", "none"


def microphones() -> list[Device]:
    """The system's default input first, then each capture device; on Linux with none, none (the
    default would not open)."""
    found = [Device(device.name, f"mic:{device.device}") for device in input_devices()]
    if found or not sys.platform.startswith("linux"):
        return [Device("Default input", "mic"), *found]
    return []


def list_devices() -> tuple[list[Device], list[Device]]:
    return cameras(), microphones()


def check_devices(camera: str, microphone: str) -> tuple[CheckResult, CheckResult]:
    return check_camera(camera), check_microphone(microphone)


class DevicesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Camera and microphone"))
        self.setSubTitle(self.tr("What the show picks up. Scenes and the audio mixer can change both during a show."))
        self.off_gui = OffGui(self)
        self.camera = QComboBox(self)
        self.microphone = QComboBox(self)
        self.status = plain_label(self, self.tr("Looking for cameras and microphones…"))
        self.check = QPushButton(self.tr("Check them"), self)
        self.check.setEnabled(False)
        self.check.clicked.connect(self.check_chosen)
        self.camera_result = plain_label(self)
        self.microphone_result = plain_label(self)
        self.listed = False
        self.checked = False
        form = QFormLayout(self)
        form.addRow(self.tr("Camera:"), self.camera)
        form.addRow(self.tr("Microphone:"), self.microphone)
        form.addRow(self.status)
        form.addRow(self.check)
        form.addRow(self.camera_result)
        form.addRow(self.microphone_result)

    def initializePage(self) -> None:
        self.off_gui.run("list-devices", list_devices, self._listed, self._failed)

    def _listed(self, found: tuple[list[Device], list[Device]]) -> None:
        found_cameras, found_microphones = found
        self.camera.clear()
        for device in found_cameras:
            self.camera.addItem(device.name, device.spec)
        self.camera.addItem(self.tr("The moving test pattern"), TEST_PATTERN)
        self.microphone.clear()
        for device in found_microphones:
            self.microphone.addItem(self.tr("Default input") if device.spec == "mic" else device.name, device.spec)
        self.microphone.addItem(self.tr("A test tone"), TONE)
        self.microphone.addItem(self.tr("No sound"), SILENCE)
        if found_cameras:
            self.status.setText(self.tr("Found %n camera(s).", "", len(found_cameras)))
        else:
            self.status.setText(self.tr("No camera found: shows use the moving test pattern until one is plugged in."))
        self.listed = True
        self.check.setEnabled(True)

    def check_chosen(self) -> None:
        """Opens the chosen camera and microphone off the GUI thread and says what came."""
        self.checked = False
        self.check.setEnabled(False)
        self.camera_result.setText(self.tr("Checking…"))
        self.microphone_result.clear()
        camera, microphone = self.chosen_camera(), self.chosen_microphone()
        self.off_gui.run("check-devices", lambda: check_devices(camera, microphone), self._checked, self._check_failed)

    def _checked(self, results: tuple[CheckResult, CheckResult]) -> None:
        camera, microphone = results
        self.camera_result.setText(self.tr("Camera: {result}").format(result=camera.text))
        self.microphone_result.setText(self.tr("Microphone: {result}").format(result=microphone.text))
        self.check.setEnabled(True)
        self.checked = True

    def _check_failed(self, message: str) -> None:
        self._checked((CheckResult(False, message), CheckResult(False, message)))

    def _failed(self, message: str) -> None:
        self._listed(([], [Device(self.tr("Default input"), "mic")]))
        self.status.setText(self.tr("The devices could not be listed ({reason}); the test pattern stands in.").format(
            reason=message))

    def chosen_camera(self) -> str:
        return str(self.camera.currentData() or TEST_PATTERN)

    def chosen_microphone(self) -> str:
        return str(self.microphone.currentData() or TONE)

    def wait(self) -> None:
        self.off_gui.wait()
