"""The window's remote-control server: started for each show once it is open when the stored
settings turn it on, stopped before the bridge ends or replaces that show (or once End Show
ended it), restarted when the settings change. Starting reads the keyring and binds a port, so
it runs off the GUI thread; one lock keeps a start and a stop in order. A failure (a port in
use) is a status the status bar shows: the show goes on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal

from studio.live.show import LiveShow
from studio.remote.launch import launch_with
from studio.remote.server import RemoteServer, RemoteServerError
from studio.remote.settings import RemoteSettingError
from studio.remote.stored_settings import load_remote
from studio.store import store_session
from ui.off_gui import OffGui
from ui.refusals import reason_text
from ui.show_bridge import ShowBridge

log = logging.getLogger(__name__)


class RemoteState(Enum):
    OFF = "off"
    LISTENING = "listening"
    FAILED = "failed"


@dataclass(frozen=True)
class RemoteStatus:
    state: RemoteState = RemoteState.OFF
    url: str = ""  # what a tool connects to, while listening
    reason: str = ""  # why it failed


class RemoteRunner(QObject):
    status_changed = Signal()  # `status` changed: on the GUI thread

    def __init__(self, bridge: ShowBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.off_gui = OffGui(self)
        self._lock = threading.Lock()
        self._server: RemoteServer | None = None
        self._show: LiveShow | None = None  # the show the server drives
        self._status = RemoteStatus()
        bridge.show_changed.connect(lambda show: self.restart() if show is not None else None)
        bridge.ended.connect(lambda _show_id, _orders, _rehearsal: self._off_gui("remote-stop", self._stop_if_ended))
        bridge.before_show_ends(self._stop_for)

    @property
    def status(self) -> RemoteStatus:
        return self._status

    def client_count(self) -> int:
        server = self._server
        return server.client_count() if server is not None else 0

    def restart(self) -> None:
        """Stops the server and, when the stored settings turn it on, starts one for the open show."""
        show = self.bridge.show
        self._off_gui("remote-start", lambda: self._start(show))

    def wait(self) -> None:
        self.off_gui.wait()

    def _off_gui(self, name: str, work: Callable[[], None]) -> None:
        self.off_gui.run(name, work, lambda _result: self.status_changed.emit(), self._failed_unexpectedly)

    def _failed_unexpectedly(self, message: str) -> None:
        self._status = RemoteStatus(RemoteState.FAILED, reason=message)
        self.status_changed.emit()

    # On worker threads, in order under the lock

    def _start(self, show: LiveShow | None) -> None:
        with self._lock:
            self._stop_server()
            if show is None or show.ended or show is not self.bridge.show:
                return  # replaced meanwhile: its successor's show_changed starts the next one
            try:
                with store_session(self.bridge.real_paths) as db:  # the shop's settings, in a rehearsal too
                    stored = load_remote(db)
                launch = launch_with(stored.settings) if stored.enabled else None
            except RemoteSettingError as error:
                self._status = RemoteStatus(RemoteState.FAILED, reason=reason_text(error))
                return
            if launch is not None:
                self._listen(RemoteServer(show, launch.settings, launch.password), show)

    def _listen(self, server: RemoteServer, show: LiveShow) -> None:
        try:
            server.start()
        except RemoteServerError as error:
            self._status = RemoteStatus(RemoteState.FAILED, reason=server.health.reason or str(error))
            return
        self._server, self._show = server, show
        self._status = RemoteStatus(RemoteState.LISTENING, url=server.url)

    def _stop_for(self, show: LiveShow) -> None:
        with self._lock:
            if self._show is show:
                self._stop_server()
        self.status_changed.emit()

    def _stop_if_ended(self) -> None:
        """After End Show: only a server whose show has ended (its successor's may already run)."""
        with self._lock:
            if self._show is not None and self._show.ended:
                self._stop_server()

    def _stop_server(self) -> None:
        server, self._server, self._show = self._server, None, None
        if server is not None:
            server.stop()
        self._status = RemoteStatus()
