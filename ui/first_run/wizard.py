"""The first-run assistant: language, shop, canvas, a first destination or a rehearsal, camera
and microphone. Skip keeps nothing but that it was seen; Finish keeps every answer off the GUI
thread (studio/first_run.py) and then says what the window should open."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from studio.destinations import Saved
from studio.first_run import FirstRunChoices, StoredAnswers, apply_first_run, skip_first_run, stored_answers
from studio.paths import Paths
from ui.first_run.canvas_page import CanvasPage
from ui.first_run.destination_page import DestinationPage
from ui.first_run.devices_page import DevicesPage
from ui.first_run.finish_page import FinishPage
from ui.first_run.language_page import LanguagePage
from ui.first_run.shop_page import ShopPage
from ui.off_gui import OffGui

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    kept = Signal(object, object)  # the FirstRunChoices, the Saved destination (or None): on the GUI thread

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.resize(720, 520)
        self.setWindowTitle(self.tr("Vitrina — first run"))
        self.paths = paths
        self.off_gui = OffGui(self)
        self.language, self.shop, self.canvas = LanguagePage(self), ShopPage(self), CanvasPage(self)
        self.destination, self.devices, self.finish = DestinationPage(self), DevicesPage(self), FinishPage(self)
        for page in (self.language, self.shop, self.canvas, self.destination, self.devices, self.finish):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.currentIdChanged.connect(self._page_shown)
        self.saved: Saved | None = None
        self.saving = False
        self.loaded = False
        self.off_gui.run("first-run-load", lambda: stored_answers(paths), self._loaded)

    def _loaded(self, answers: StoredAnswers) -> None:
        """Opened again from Help: the answers kept last time are the ones offered."""
        self.language.choose(answers.language)
        if answers.currency or answers.locale:
            self.shop.set_choice(answers.locale or "en_US", answers.currency or "USD")
        self.canvas.choose(answers.canvas)
        self.loaded = True
        self.language.set_ready()

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(self.language.chosen(), self.shop.chosen_currency(), self.shop.chosen_locale(),
                               self.canvas.chosen(), self.devices.chosen_camera(), self.devices.chosen_microphone(),
                               self.destination.chosen())

    def _page_shown(self, _id: int) -> None:
        if self.currentPage() is self.finish:
            self.finish.set_summary(self.destination.chosen() is None)

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.finish.error.clear()
        self._buttons_enabled(False)  # until the store and the keyring answer
        choices = self.choices()
        self.off_gui.run("first-run", lambda: apply_first_run(self.paths, choices),
                         lambda saved: self._kept(choices, saved), self._failed)

    def reject(self) -> None:
        if self.saving:
            return
        self.off_gui.run("first-run-skip", lambda: skip_first_run(self.paths), lambda _: None)
        super().reject()

    def wait(self) -> None:
        self.off_gui.wait()
        self.devices.wait()

    def _kept(self, choices: FirstRunChoices, saved: Saved | None) -> None:
        self.saving = False
        self.saved = saved
        self.kept.emit(choices, saved)
        super().accept()

    def _failed(self, message: str) -> None:
        self.saving = False
        self._buttons_enabled(True)
        self.finish.error.setText(self.tr("Nothing was kept: {reason}").format(reason=message))

    def _buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)
