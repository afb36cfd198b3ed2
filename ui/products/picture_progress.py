"""The dock's picture fetcher and its progress: "Pictures: 3 of 10" while web pictures of
imported products are being fetched, hidden when all are in (a picture that failed waits for
its retry and says so in the tooltip)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QWidget

from studio.picture_fetcher import PictureFetcher, PictureProgress


class PictureProgressBar(QProgressBar):
    progressed = Signal(object)  # PictureProgress, from the fetcher's thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFormat(self.tr("Pictures: %v of %m"))
        self.setTextVisible(True)
        self.hide()
        self._fetcher: PictureFetcher | None = None
        self.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def follow(self, database: Path, images: Path, retire: Callable[[Callable[[], None]], None] | None = None) -> None:
        """Fetches for the store at `database` from now on; the previous fetcher is stopped
        (through `retire`, off the caller's thread, when given)."""
        previous = self._fetcher
        if previous is not None:
            (retire or (lambda stop: stop()))(previous.stop)
        self._fetcher = PictureFetcher(database, images, self.progressed.emit)
        self._fetcher.start()

    def nudge(self) -> None:
        if self._fetcher is not None:
            self._fetcher.nudge()

    def stop(self) -> None:
        if self._fetcher is not None:
            self._fetcher.stop()
            self._fetcher = None

    @Slot(object)
    def _show(self, progress: PictureProgress) -> None:
        self.setRange(0, max(1, progress.total))
        self.setValue(progress.done)
        waiting = self.tr("%n pictures could not be fetched yet: trying again later", "", progress.waiting)
        refused = self.tr("%n pictures cannot be used (see the log)", "", progress.refused)
        self.setToolTip("\n".join(text for count, text in ((progress.waiting, waiting), (progress.refused, refused))
                                  if count))
        self.setVisible(not progress.finished)
