"""What a page of the Settings dialog does: it reads what it shows off the GUI thread, and on
OK either says what is wrong next to the field or hands back the work that saves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.off_gui import OffGui

SaveWork = Callable[[], None]  # run off the GUI thread


class SettingsPage(QWidget):
    def title(self) -> str:
        raise NotImplementedError

    def load(self, off_gui: OffGui) -> None:
        """Starts reading the page's settings (the store, the keyring) on `off_gui`."""
        raise NotImplementedError

    def saving(self) -> SaveWork | None:
        """The checked fields' saving work, or None once what is wrong is shown next to its field."""
        raise NotImplementedError

    def wait(self) -> None:
        """For closing: nothing the page started is left running (the dialog's own reads it waits for)."""
