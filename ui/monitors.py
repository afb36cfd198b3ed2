"""The middle of the window: the Program monitor (what viewers see) and, in studio mode, the
Preview beside it with the transition controls (cut or fade, and the fade's duration)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QSpinBox, QVBoxLayout, QWidget

from studio.live.show import LiveShow, ShowError
from ui.program_monitor import DEFAULT_RATE, Monitor, MonitorRate
from ui.refusals import reason_text
from ui.show_bridge import ShowBridge

CUT, FADE = 0, 1


class Monitors(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.program = Monitor("program", self)
        self.preview = Monitor("preview", self)
        self.program_label, self.preview_label = QLabel(self.tr("Program")), QLabel(self.tr("Preview"))
        self.transition_kind = QComboBox(self)
        self.transition_kind.addItems([self.tr("Cut"), self.tr("Fade")])
        self.transition_kind.setCurrentIndex(FADE)
        self.fade_ms = QSpinBox(self, minimum=0, maximum=5000, singleStep=100, value=300, suffix=self.tr(" ms"))
        self.fade_ms.setToolTip(self.tr("How long a fade takes"))
        self.transition_button = QPushButton(self.tr("Transition"), self)
        self.transition_button.setToolTip(self.tr("Take the preview to program"))
        self.transition_button.clicked.connect(self.transition)
        self.transition_kind.currentIndexChanged.connect(lambda index: self.fade_ms.setEnabled(index == FADE))
        self.rate_menu = self._rate_menu()
        self.program.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.program.addActions(list(self.rate_actions.values()))
        self.set_program_rate(DEFAULT_RATE)
        self._lay_out()
        self.set_studio_mode(False)
        bridge.show_changed.connect(self._show_changed)

    def _rate_menu(self) -> QMenu:
        """Smooth, light or off, in the View menu and a right-click on the monitor: whichever is
        chosen, the show, its recording and its streams run at their own rate."""
        menu = QMenu(self.tr("Program &monitor"), self)
        menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        labels = {
            MonitorRate.SMOOTH: (self.tr("&Smooth: every frame"), self.tr("The program as viewers see it, frame for frame")),
            MonitorRate.LIGHT: (self.tr("&Light: every other frame"),
                                self.tr("Half the frames, for about half of the CPU the monitor costs the window")),
            MonitorRate.OFF: (self.tr("&Off"), self.tr("No picture of the program, and the least CPU")),
        }
        self.rate_actions: dict[MonitorRate, QAction] = {}
        for rate, (label, tip) in labels.items():
            action = QAction(label, self, checkable=True)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked, chosen=rate: self.set_program_rate(chosen))
            group.addAction(action)
            menu.addAction(action)
            self.rate_actions[rate] = action
        return menu

    def set_program_rate(self, rate: MonitorRate) -> None:
        self.rate_actions[rate].setChecked(True)
        self.program.set_rate(rate)

    def _lay_out(self) -> None:
        controls = QVBoxLayout()
        controls.addStretch()
        for widget in (self.transition_kind, self.fade_ms, self.transition_button):
            controls.addWidget(widget)
        controls.addStretch()
        self._preview_column = self._column(self.preview_label, self.preview)
        row = QHBoxLayout(self)
        row.addLayout(self._preview_column)
        row.addLayout(controls)
        row.addLayout(self._column(self.program_label, self.program))

    @staticmethod
    def _column(label: QLabel, monitor: Monitor) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(monitor, 1)
        return column

    def set_studio_mode(self, on: bool) -> None:
        for widget in (self.preview, self.preview_label, self.transition_kind, self.fade_ms, self.transition_button):
            widget.setVisible(on)
        self.program_label.setVisible(on)

    def transition(self) -> None:
        show = self.bridge.show
        if show is None:
            return
        try:
            if self.transition_kind.currentIndex() == CUT:
                show.cut()
            else:
                show.fade(self.fade_ms.value())
        except ShowError as error:
            self.window().statusBar().showMessage(reason_text(error), 5000)  # type: ignore[attr-defined]  # the main window

    def _show_changed(self, show: LiveShow | None) -> None:
        if show is None:
            waiting = self.tr("Opening the show…")
            self.program.watch(lambda: None, None, waiting)
            self.preview.watch(lambda: None, None, waiting)
            return
        compositor = show.pipeline.compositor
        self.program.watch(compositor.latest_monitor, compositor.set_monitor_size)
        self.preview.watch(compositor.latest_preview, None, self.tr("Turn studio mode on to prepare a scene"))
        self.set_studio_mode(show.studio_mode)
