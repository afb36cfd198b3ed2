"""Go Live: the saved destinations chosen for this show (enabled ones ticked), with the reason
when none is saved. Destinations are added in File ▸ Settings… ▸ Destinations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio.destinations import Destination


class GoLiveDialog(QDialog):
    def __init__(self, destinations: list[Destination], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go live"))
        self.list = QListWidget(self)
        for destination in destinations:
            item = QListWidgetItem(f"{destination.name}  ({destination.kind.value.upper()}, {destination.url})")
            item.setData(Qt.ItemDataRole.UserRole, destination.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if destination.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        note = QLabel(self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setText(self.tr("Publish this show to:") if destinations else
                     self.tr("No destination is saved yet. Add one in File ▸ Settings… ▸ Destinations, or in a "
                             "terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown)."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(self.tr("Go Live"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setEnabled(bool(destinations))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self.go.setEnabled(bool(self.chosen())))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
