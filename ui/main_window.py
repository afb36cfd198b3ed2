"""The studio window: the program (and, in studio mode, the preview) in the middle, the show's
controls on the toolbar, the docks a streamer knows from OBS around it, the status bar below.
The dock layout and the window's geometry come back on the next start."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QWidget

from studio.destinations import Saved
from studio.first_run import FirstRunChoices
from studio.imports import ImportResult
from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.placeholders import fill
from studio.show_defaults import ShowDefaults, read_show_defaults
from ui.about_dialog import about_box
from ui.crash_handler import CrashHandler
from ui.currency_dialog import ask_price_currency
from ui.engagement_dock import EngagementDock
from ui.first_run.wizard import FirstRunWizard
from ui.import_job import ImportJob
from ui.live_panel.live_panel import LivePanel
from ui.mixer_dock import MixerDock
from ui.monitors import Monitors
from ui.products.products_dock import ProductsDock
from ui.program_monitor import MonitorRate
from ui.remote_runner import RemoteRunner
from ui.scenes_dock import ScenesDock
from ui.settings.all_pages import settings_pages
from ui.settings.settings_dialog import SettingsDialog
from ui.show_bridge import ShowBridge
from ui.show_controls import ShowControls, rehearsal_settings
from ui.stats.report_window import ShowReportWindow
from ui.stats.stats_dock import StatsDock
from ui.status_bar import StudioStatusBar

STATUS_MS = 8000
GEOMETRY, LAYOUT, MONITOR_RATE = "window/geometry", "window/layout", "window/program_monitor"
LAYOUT_VERSION = 5  # bump when the docks change, so an old layout is not restored over new docks


class MainWindow(QMainWindow):
    def __init__(self, bridge: ShowBridge, show_settings: ShowSettings, settings_file: Path) -> None:
        super().__init__()
        self.setWindowTitle("Vitrina Studio")
        self.resize(1440, 860)
        self.bridge = bridge
        self.layout_settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self._restored = False
        self._closing = False  # the show a quit ends offers no report
        self.quit_confirmed = False  # closing while live asks first
        self.crash_handler = CrashHandler(self, bridge.real_paths.logs)
        self.monitors = Monitors(bridge, self)
        self.setCentralWidget(self.monitors)
        self.controls = ShowControls(bridge, show_settings, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.controls)
        self.remote = RemoteRunner(bridge, self)
        self.settings_dialog: SettingsDialog | None = None
        self.first_run: FirstRunWizard | None = None
        self.pending_show: ShowSettings | None = None  # asked for while another show was opening
        self.setStatusBar(StudioStatusBar(bridge, self, self.remote))
        self.docks: dict[str, QDockWidget] = {}
        self.products = ProductsDock(bridge, self)
        self.scenes = ScenesDock(bridge, self)
        self.live_panel = LivePanel(bridge, self)
        self.engagement = EngagementDock(bridge, self)
        self.mixer = MixerDock(bridge, self)
        self.stats = StatsDock(bridge, self)
        self.report_window: ShowReportWindow | None = None
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        # As in OBS: scenes and the mixer under the monitors; the shop to the left, the audience to the right
        self._dock("products", self.tr("Products"), self.products, left)
        self._dock("live", self.tr("Live"), self.live_panel, right)
        self._dock("engagement", self.tr("Polls and giveaways"), self.engagement, right)
        self._dock("stats", self.tr("Stats"), self.stats, right)
        self.tabifyDockWidget(self.docks["live"], self.docks["engagement"])
        self.tabifyDockWidget(self.docks["engagement"], self.docks["stats"])
        self.docks["live"].raise_()
        self._dock("scenes", self.tr("Scenes"), self.scenes, bottom)
        self._dock("mixer", self.tr("Audio mixer"), self.mixer, bottom)
        self.splitDockWidget(self.docks["scenes"], self.docks["mixer"], Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.resizeDocks([self.docks["products"], self.docks["live"]], [460, 470], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["scenes"]], [230], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["scenes"], self.docks["mixer"]], [300, 300], Qt.Orientation.Horizontal)
        self.import_job = ImportJob(bridge.real_paths.database, self)
        self.import_job.finished.connect(self._imported)
        self.import_job.failed.connect(self._import_failed)
        self._build_menu()
        bridge.show_changed.connect(self._show_changed)
        bridge.opening_failed.connect(self._opening_failed)
        bridge.ended.connect(self._offer_report)
        self.products.reload()

    def _dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}-dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        return dock

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import products…"), self, shortcut=QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._choose_import_file)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.monitors.rate_menu)
        self.report_action = QAction(self.tr("Show &report…"), self, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.report_action.setToolTip(self.tr("What each show sold, when, and while which product was pinned"))
        self.report_action.triggered.connect(lambda: self.open_report())
        file_menu.insertAction(quit_action, self.report_action)
        self.settings_action = QAction(self.tr("&Settings…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.insertAction(quit_action, self.settings_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.first_run_action = QAction(self.tr("&First-run assistant…"), self)
        self.first_run_action.triggered.connect(self.open_first_run)
        help_menu.addAction(self.first_run_action)
        self.about_action = QAction(self.tr("&About Vitrina"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        help_menu.addAction(self.about_action)

    def open_settings(self) -> None:
        dialog = SettingsDialog(settings_pages(self.bridge.real_paths), self)
        dialog.saved.connect(self.remote.restart)
        dialog.saved.connect(self._settings_saved)
        self.settings_dialog = dialog
        dialog.open()

    def open_about(self) -> None:
        self.about = about_box(self.bridge.real_paths, self)
        self.about.open()

    def open_first_run(self) -> None:
        """The assistant a new data folder opens with, again (Help ▸ First-run assistant…)."""
        if self.first_run is not None and self.first_run.isVisible():
            self.first_run.raise_()
            return
        self.first_run = FirstRunWizard(self.bridge.real_paths, self)
        self.first_run.kept.connect(self._first_run_kept)
        self.first_run.open()

    def _first_run_kept(self, choices: FirstRunChoices, saved: Saved | None) -> None:
        """The answers kept: the program reopens on the chosen canvas, camera and microphone (a
        rehearsal when no destination was given), unless a show is live."""
        self.products.reload()  # the demo catalog is in the shop's currency now
        paths = self.bridge.real_paths
        self.controls.off_gui.run("show-defaults-read", lambda: read_show_defaults(paths),
                                  lambda defaults: self._first_run_show(defaults, choices))
        if saved is not None and saved.notice:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("No keyring"), saved.notice,
                              QMessageBox.StandardButton.Close, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.last_error_box = box
            box.open()

    def _first_run_show(self, defaults: ShowDefaults, choices: FirstRunChoices) -> None:
        settings = replace(defaults.applied_to(self.controls.show_settings), source=choices.camera)
        self.controls.show_settings = settings
        self.pending_show = rehearsal_settings(settings) if choices.destination is None else settings
        self._open_pending_show()

    def _settings_saved(self) -> None:
        """The next show opens with the saved Video, Audio and Chat settings (the open one keeps its own)."""
        paths = self.bridge.real_paths
        self.controls.off_gui.run("show-defaults-read", lambda: read_show_defaults(paths), self._use_show_defaults)

    def _use_show_defaults(self, defaults: ShowDefaults) -> None:
        self.controls.show_settings = defaults.applied_to(self.controls.show_settings)

    # The show

    def _open_pending_show(self) -> None:
        """The show the assistant asked for, once the one opening now is open (never over a live one)."""
        if self.pending_show is None or self.bridge.opening:
            return
        show = self.bridge.show
        if show is None or not show.live:
            self.bridge.open_show(self.pending_show)
        self.pending_show = None

    def _show_changed(self, show: LiveShow | None) -> None:
        if show is not None:
            mark = self.tr(" — REHEARSAL") if show.settings.rehearsal else ""
            self.setWindowTitle(self.tr("Vitrina Studio") + mark)
            if self.pending_show is not None:  # after every view has heard of this show
                QTimer.singleShot(0, self._open_pending_show)

    def open_report(self, show_id: int | None = None) -> ShowReportWindow:
        """The Show report window on the shop's store (never a rehearsal's copy), at `show_id` or the newest show."""
        if self.report_window is None:
            self.report_window = ShowReportWindow(self.bridge.real_paths.database, self)
        self.report_window.open_show(show_id)
        self.report_window.show()
        self.report_window.raise_()
        return self.report_window

    def _offer_report(self, show_id: int, orders: int, rehearsal: bool) -> None:
        """After End Show, the report is a click away (asked without a nested event loop)."""
        if rehearsal or self._closing:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The show has ended"),
                          self.tr("%n orders in this show. See what sold, when, and while which product was pinned?",
                                  "", orders), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(self.tr("Open the report"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(lambda: self.open_report(show_id))
        self.last_report_offer = box
        box.open()

    def _opening_failed(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The show could not open"), reason,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.last_error_box = box
        box.open()
        QTimer.singleShot(0, self._open_pending_show)  # what the assistant asked for may open where this did not

    # Layout

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            self.restore_layout()
        super().showEvent(event)

    def restore_layout(self) -> None:
        geometry, layout = self.layout_settings.value(GEOMETRY), self.layout_settings.value(LAYOUT)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(layout, QByteArray):
            self.restoreState(layout, LAYOUT_VERSION)
        self.monitors.set_program_rate(MonitorRate.from_setting(self.layout_settings.value(MONITOR_RATE)))

    def save_layout(self) -> None:
        self.layout_settings.setValue(GEOMETRY, self.saveGeometry())
        self.layout_settings.setValue(LAYOUT, self.saveState(LAYOUT_VERSION))
        self.layout_settings.setValue(MONITOR_RATE, self.monitors.program.rate.name.lower())
        self.layout_settings.sync()

    # Importing products

    def _choose_import_file(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not file:
            return
        currency = ask_price_currency(self)
        if currency:
            self.import_file(Path(file), currency)

    def import_file(self, file: Path, currency: str | None = None) -> None:
        if self.import_job.running:
            return
        self.import_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Importing {name}…").format(name=file.name))
        self.import_job.start(file, currency)

    def _imported(self, result: ImportResult) -> None:
        self.import_action.setEnabled(True)
        self.statusBar().showMessage(
            fill(self.tr("Imported %n products: %1 new, %2 updated", "", result.total), str(result.created),
                 str(result.updated)), STATUS_MS)
        self.products.reload()

    def _import_failed(self, message: str) -> None:
        self.import_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("The import failed; nothing was changed"), STATUS_MS)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"),
                          self.tr("Nothing was imported. Fix these lines and try again:"), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(message)
        box.open()
        self.last_error_box = box

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        show = self.bridge.show
        if show is not None and show.live and not self.quit_confirmed:
            event.ignore()
            self._ask_to_quit_while_live()
            return
        self._closing = True
        self.save_layout()
        self.products.stop()
        self.live_panel.shutdown()
        self.stats.reader.timer.stop()
        self.stats.wait()
        if self.report_window is not None:
            self.report_window.wait()
        self.import_job.wait()
        self.controls.off_gui.wait()
        if self.settings_dialog is not None:
            self.settings_dialog.wait()
        if self.first_run is not None:
            self.first_run.wait()
        self.bridge.close()  # stops remote control before the show ends
        self.remote.wait()
        self.crash_handler.uninstall()
        super().closeEvent(event)

    def _ask_to_quit_while_live(self) -> None:
        """Asked without a nested event loop: the show and the window go on while the question waits."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit while live?"),
                          self.tr("The show is live. Quitting ends it on every destination."),
                          QMessageBox.StandardButton.Cancel, self)
        box.addButton(self.tr("End the show and quit"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(self._quit_anyway)
        self.last_question = box
        box.open()

    def _quit_anyway(self) -> None:
        self.quit_confirmed = True
        self.close()
