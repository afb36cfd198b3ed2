"""The status bar: each destination's state (live, reconnecting in n s (attempt k), failed:
reason), fps, lagged and dropped frames, bitrate, CPU, the show's running time, and a REHEARSAL
badge, and remote control (off, its clients, why it failed). Read once a second from the show's typed stats, never parsed from text."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from media.health import PartState
from media.output import OutputStats
from studio.live.stats import ShowStats
from ui.health_text import health_text
from ui.remote_runner import RemoteRunner, RemoteState
from ui.show_bridge import ShowBridge

REFRESH_MS = 1000
STATE_COLOURS = {PartState.LIVE: "#2e9e5b", PartState.RECONNECTING: "#d08a00", PartState.FAILED: "#d03030"}


def running_time(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class CpuMeter:
    """This process's CPU over the last reading, in percent of one core (as top shows it)."""

    def __init__(self) -> None:
        self._last = (time.monotonic(), self._cpu())

    @staticmethod
    def _cpu() -> float:
        times = os.times()
        return times.user + times.system

    def percent(self) -> float:
        now, cpu = time.monotonic(), self._cpu()
        (then, before), self._last = self._last, (now, cpu)
        return 100 * (cpu - before) / (now - then) if now > then else 0.0


class StudioStatusBar(QStatusBar):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None, remote: RemoteRunner | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.remote_runner = remote
        self.rehearsal_badge = self._label("")
        self.rehearsal_badge.setText(self.tr("REHEARSAL"))
        self.rehearsal_badge.setStyleSheet("background: #7a3cc2; color: white; padding: 0 6px; font-weight: bold;")
        self.destinations = self._label(self.tr("Not live"))
        self.figures = self._label("")
        self.clock = self._label("0:00:00")
        self.remote = self._label(self.tr("Remote: off"))
        self.remote.setVisible(remote is not None)
        if remote is not None:
            remote.status_changed.connect(self.refresh_remote)
        self._cpu = CpuMeter()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.addPermanentWidget(label)
        return label

    def refresh(self) -> None:
        self.refresh_remote()
        show = self.bridge.show
        if show is None:
            self.rehearsal_badge.setVisible(False)
            self.destinations.setText(self.tr("Opening the show…"))
            return
        self.show_stats(show.stats(), self._cpu.percent())

    def show_stats(self, stats: ShowStats, cpu: float) -> None:
        self.rehearsal_badge.setVisible(stats.rehearsal)
        self.destinations.setText(self._destinations_text(stats.destinations))
        self.destinations.setStyleSheet(self._destinations_style(stats.destinations))
        dropped = sum(output.dropped_packets for output in stats.destinations)
        kbps = sum(output.bitrate_kbps for output in stats.destinations)
        self.figures.setText(self.tr("{fps:.0f} fps · lagged {lagged} · skipped {skipped} · dropped {dropped} · "
                                     "{kbps:.0f} kbit/s · CPU {cpu:.0f}%").format(
            fps=stats.fps, lagged=stats.lagged, skipped=stats.encoder_skipped, dropped=dropped, kbps=kbps, cpu=cpu))
        self.figures.setToolTip(self.tr("lagged: frames the clock could not compose in time; skipped: frames the "
                                        "encoder could not take; dropped: packets a slow destination let go"))
        self.clock.setText(running_time(stats.running_seconds))

    def refresh_remote(self) -> None:
        if self.remote_runner is None:
            return
        status = self.remote_runner.status
        if status.state is RemoteState.LISTENING:
            self.remote.setText(self.tr("Remote: %n clients", "", self.remote_runner.client_count()))
            self.remote.setToolTip(self.tr("Remote-control tools connect to {url}").format(url=status.url))
        elif status.state is RemoteState.FAILED:
            self.remote.setText(self.tr("Remote: failed: {reason}").format(reason=status.reason))
            self.remote.setToolTip(self.tr("The show goes on; change the address or port in File ▸ Settings…"))
        else:
            self.remote.setText(self.tr("Remote: off"))
            self.remote.setToolTip(self.tr("Turn remote control on in File ▸ Settings…"))
        self.remote.setStyleSheet(f"color: {STATE_COLOURS[PartState.FAILED]};" if status.state is RemoteState.FAILED
                                  else "")

    def _destinations_text(self, outputs: tuple[OutputStats, ...]) -> str:
        if not outputs:
            return self.tr("Not live")
        return " · ".join(f"{output.name}: {health_text(output.health)}" for output in outputs)

    @staticmethod
    def _destinations_style(outputs: tuple[OutputStats, ...]) -> str:
        worst = next((state for state in (PartState.FAILED, PartState.RECONNECTING, PartState.LIVE)
                      if any(output.health.state is state for output in outputs)), None)
        return f"color: {STATE_COLOURS[worst]};" if worst in STATE_COLOURS else ""
