"""The show's controls, as a toolbar: Go Live / End Show (with confirmation, to the saved
destinations chosen for this show), Record, Rehearsal and Studio Mode."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from studio.destinations import Destination, ResolvedDestination, list_destinations, resolve_destinations
from studio.live.settings import PIN_FIRST, ShowSettings
from studio.live.show import LiveShow, ShowError
from studio.scenes import PRODUCT_SCENE
from studio.storage import open_database
from ui.go_live_dialog import GoLiveDialog
from ui.off_gui import OffGui
from ui.refusals import reason_text
from ui.show_bridge import ShowBridge

log = logging.getLogger(__name__)


class ShowControls(QToolBar):
    def __init__(self, bridge: ShowBridge, show_settings: ShowSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Show"), parent)
        self.setObjectName("show-controls")
        self.bridge = bridge
        self.show_settings = show_settings  # what a real show opens with (after a rehearsal, after End Show)
        self.off_gui = OffGui(self)
        self.go_live = self._action(self.tr("Go Live"), self.tr("Publish to the destinations you choose"), self._go_live)
        self.end_show = self._action(self.tr("End Show"), self.tr("End the show on every destination"), self._end_show)
        self.record = self._action(self.tr("Record"), self.tr("Record the program to the recordings folder"),
                                   self._record, checkable=True)
        self.rehearsal = self._action(self.tr("Rehearsal"), self.tr("Rehearse on a copy of the shop with a practice "
                                                                    "audience: nothing is published"),
                                      self._rehearse, checkable=True)
        self.studio_mode = self._action(self.tr("Studio Mode"), self.tr("Prepare the next scene in preview"),
                                        self._studio_mode, checkable=True)
        bridge.show_changed.connect(self._show_changed)
        bridge.part_changed.connect(lambda _event: self._update())
        bridge.recording_started.connect(lambda _path: self._update())
        bridge.recording_stopped.connect(self._recording_stopped)
        bridge.ended.connect(self._ended)
        self._update()

    def _action(self, text: str, tip: str, slot: Callable[[], None] | Callable[[bool], None],
                checkable: bool = False) -> QAction:
        action = QAction(text, self, checkable=checkable, toolTip=tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def _show(self) -> LiveShow | None:
        return self.bridge.show

    def _update(self) -> None:
        show = self._show
        open_ = show is not None and not show.ended
        rehearsing = open_ and show is not None and show.settings.rehearsal
        self.go_live.setEnabled(open_ and not rehearsing and not (show is not None and show.live))
        self.go_live.setToolTip(self.tr("A rehearsal publishes nothing") if rehearsing
                                else self.tr("Publish to the destinations you choose"))
        self.end_show.setEnabled(open_ and show is not None and show.live)
        self.record.setEnabled(open_)
        self.record.setChecked(open_ and show is not None and show.recording is not None)
        self.rehearsal.setEnabled(not self.bridge.opening and not (show is not None and show.live))
        self.rehearsal.setChecked(bool(rehearsing))
        self.studio_mode.setEnabled(open_)
        self.studio_mode.setChecked(open_ and show is not None and show.studio_mode)

    def _show_changed(self, _show: LiveShow | None) -> None:
        self._update()

    # Go live and end

    def _go_live(self) -> None:
        database = self.bridge.real_paths.database  # destinations are the shop's, never a rehearsal's
        self.off_gui.run("destinations", lambda: _saved_destinations(database), self._choose_destinations,
                         self._say)

    def _choose_destinations(self, destinations: list[Destination]) -> None:
        dialog = GoLiveDialog(destinations, self.window())
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._resolve(dialog.chosen()))
        dialog.open()

    def _resolve(self, names: list[str]) -> None:
        database = self.bridge.real_paths.database
        self.off_gui.run("resolve-destinations", lambda: _resolved(database, names), self.publish, self._say)

    def publish(self, targets: list[ResolvedDestination]) -> None:
        show = self._show
        if show is None:
            return
        try:
            show.go_live(targets)
        except ShowError as error:
            self._say(reason_text(error))
        self._update()

    def _end_show(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the show?"),
                          self.tr("The stream stops on every destination and the recording is finished."),
                          QMessageBox.StandardButton.Cancel, self.window())
        end = box.addButton(self.tr("End Show"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.end_now)
        self.last_question, self.last_end_button = box, end
        box.open()

    def end_now(self) -> None:
        if self._show is not None:
            self._show.end()
            self.end_show.setEnabled(False)

    def _ended(self, _show_id: int, _orders: int, rehearsal: bool) -> None:
        if not rehearsal and not self.bridge.opening:
            self.bridge.open_show(self.show_settings)  # the program keeps running, ready for the next show

    # Recording, rehearsal, studio mode

    def _record(self, checked: bool) -> None:
        show = self._show
        if show is None:
            return
        try:
            if checked:
                show.start_recording(self._recording_path(show))
            else:
                show.stop_recording()
        except ShowError as error:
            self._say(reason_text(error))
        self._update()

    @staticmethod
    def _recording_path(show: LiveShow) -> Path:
        folder = show.paths.recordings
        folder.mkdir(parents=True, exist_ok=True)
        mark = "rehearsal" if show.settings.rehearsal else "show"
        return folder / f"{mark}-{show.show_id}-{time.strftime('%Y%m%d-%H%M%S')}.mkv"

    def _recording_stopped(self, path: Path, error: str) -> None:
        self._say(self.tr("The recording failed: {error}").format(error=error) if error
                  else self.tr("Recording saved: {path}").format(path=path))
        self._update()

    def _rehearse(self, checked: bool) -> None:
        if checked:
            self.bridge.open_show(rehearsal_settings(self.show_settings))
        else:
            self.bridge.open_show(self.show_settings)
        self._update()

    def _studio_mode(self, checked: bool) -> None:
        if self._show is not None:
            self._show.set_studio_mode(checked)
        monitors = getattr(self.window(), "monitors", None)
        if monitors is not None:
            monitors.set_studio_mode(checked)

    def _say(self, message: str) -> None:
        self.window().statusBar().showMessage(message, 8000)  # type: ignore[attr-defined]  # the main window


def rehearsal_settings(settings: ShowSettings) -> ShowSettings:
    """The show's settings as a rehearsal: the copy of the store, the practice audience, and the
    product card up (the Camera + Product scene with the first product in stock pinned)."""
    return replace(settings, rehearsal=True, chat=("rehearsal",), scene=PRODUCT_SCENE, pin=settings.pin or PIN_FIRST)


def _saved_destinations(database: Path) -> list[Destination]:
    db = open_database(database)
    try:
        return list_destinations(db)
    finally:
        db.conn.close()


def _resolved(database: Path, names: list[str]) -> list[ResolvedDestination]:
    db = open_database(database)
    try:
        return resolve_destinations(db, names)  # a refusal reaches the window through OffGui, in its words
    finally:
        db.conn.close()
