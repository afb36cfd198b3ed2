"""The last page: what happens on Finish, and what went wrong if the answers could not be kept."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from ui.plain_label import error_label, plain_label


class FinishPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.summary = plain_label(self)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_summary(self, rehearse: bool) -> None:
        if rehearse:
            self.summary.setText(self.tr("Finish opens a rehearsal: a product pinned on the picture and a practice "
                                         "audience asking and buying in chat. Nothing is published and your stock "
                                         "is untouched. End it with the Rehearsal button."))
        else:
            self.summary.setText(self.tr("Finish saves your destination (its key in the system keyring, never in a "
                                         "file). Go Live on the toolbar publishes to it."))
