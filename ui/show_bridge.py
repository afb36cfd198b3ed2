"""The window's one way to the live show: it builds and opens a show off the GUI thread, and
turns the show's events (which come from any thread) into Qt signals emitted on the GUI thread.

Chat can arrive at thousands of messages a second: what it changes is not signalled per message
but at most a few times a second (`chat_changed`, `question_asked`), and the panels read the store
themselves."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from media.worker import Task
from studio.live.events import (
    ChatTaken,
    OrderPlaced,
    PartChanged,
    QuestionAsked,
    RecordingStarted,
    RecordingStopped,
    SceneChanged,
    ShowEnded,
    ShowEvent,
    ShowOpened,
)
from studio.live.settings import ShowSettingError, ShowSettings
from studio.live.show import LiveShow, ShowError
from studio.paths import Paths
from ui.refusals import reason_text

log = logging.getLogger(__name__)

CHAT_SIGNAL_MS = 250  # chat_changed at most four times a second


class ShowBridge(QObject):
    show_changed = Signal(object)  # the LiveShow now open (or None while another is being opened)
    opening_failed = Signal(str)  # why a show could not be opened: one clear sentence
    part_changed = Signal(object)  # PartChanged
    chat_changed = Signal()  # messages were taken since the last time: panels re-read the store
    order_placed = Signal(int)  # an order's id
    question_asked = Signal()  # questions were asked since the last time (at most four times a second, like chat)
    scene_changed = Signal(str, object)  # program, preview (None outside studio mode)
    recording_started = Signal(object)  # Path
    recording_stopped = Signal(object, str)  # the finished file, and an error ("" when it went well)
    ended = Signal(int, int, bool)  # show id, orders, rehearsal

    _event = Signal(object)  # from any thread, delivered on the GUI thread

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.real_paths = paths
        self.show: LiveShow | None = None
        self.settings: ShowSettings | None = None
        self._opening: Task | None = None
        self._awaiting = False  # an open_show whose show is not yet delivered
        self._built: LiveShow | None = None  # the last show a task opened, delivered or not
        self._closed = False
        self._chat_pending = threading.Event()
        self._questions_pending = threading.Event()
        self._before_end: list[Callable[[LiveShow], None]] = []
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._chat_timer = QTimer(self, interval=CHAT_SIGNAL_MS)
        self._chat_timer.timeout.connect(self._signal_chat)
        self._chat_timer.start()

    @property
    def paths(self) -> Paths:
        """The paths of the store the current show runs on (the rehearsal's copy in a rehearsal)."""
        return self.show.paths if self.show is not None else self.real_paths

    @property
    def database(self) -> Path:
        return self.paths.database

    @property
    def opening(self) -> bool:
        """From open_show until its show (or its failure) is delivered on the GUI thread: the task
        ends a moment before, and a show opened in between would not end the one on its way."""
        return self._awaiting or (self._opening is not None and self._opening.running)

    # Opening and replacing shows

    def before_show_ends(self, hook: Callable[[LiveShow], None]) -> None:
        """`hook(show)` runs before a show this bridge replaces or closes is ended, on the thread
        that ends it (the opening task; the GUI thread when quitting): what drives the show
        (remote control) stops first. A show ended by End Show signals `ended` instead."""
        self._before_end.append(hook)

    def _end(self, show: LiveShow) -> None:
        for hook in self._before_end:
            hook(show)

    def open_show(self, settings: ShowSettings) -> None:
        """Ends the current show (on its own task) and opens a new one with `settings` off the GUI
        thread; `show_changed` follows, or `opening_failed` with the reason."""
        if self.opening or self._closed:
            return
        previous, self.show, self.settings = self.show, None, settings
        self._awaiting = True
        self.show_changed.emit(None)
        self._opening = Task("show-open", lambda: self._build(previous, settings))
        self._opening.start()

    def _build(self, previous: LiveShow | None, settings: ShowSettings) -> None:
        if previous is not None:
            self._end(previous)
            previous.end()
            previous.wait_until_ended(60)  # the rehearsal's copy is replaced only once its show has ended
        try:
            show = LiveShow(self.real_paths, settings)
            show.subscribe(self._from_show)
            show.open()
        except (ShowSettingError, ShowError, OSError) as error:
            self._event.emit(_OpeningFailed(reason_text(error)))
            return
        self._built = show
        self._event.emit(_Opened(show))

    def close(self, timeout: float = 60.0) -> None:
        """For quitting: waits for an opening show, then ends the current show and waits for it;
        no show opens after this."""
        self._closed = True
        if self._opening is not None:
            self._opening.join(timeout)
        self._chat_timer.stop()
        built, self._built = self._built, None
        for show in {id(show): show for show in (self.show, built) if show is not None}.values():
            self._end(show)  # a show opened just now may not have been delivered yet
            show.close(timeout)

    # Events

    @Slot(object)
    def _deliver(self, event: object) -> None:
        if isinstance(event, _Opened):
            self.show, self._awaiting = event.show, False
            self.show_changed.emit(event.show)
        elif isinstance(event, _OpeningFailed):
            self._awaiting = False
            self.opening_failed.emit(event.reason)
        elif self._from_current_show(event):
            self._signal(event)  # type: ignore[arg-type]  # only show events pass the check above

    def _from_current_show(self, event: object) -> bool:
        return self.show is not None or isinstance(event, ShowEnded | ShowOpened)

    def _signal(self, event: ShowEvent) -> None:
        if isinstance(event, PartChanged):
            self.part_changed.emit(event)
        elif isinstance(event, OrderPlaced):
            self.order_placed.emit(event.order_id)
        elif isinstance(event, SceneChanged):
            self.scene_changed.emit(event.program, event.preview)
        elif isinstance(event, RecordingStarted):
            self.recording_started.emit(event.path)
        elif isinstance(event, RecordingStopped):
            self.recording_stopped.emit(event.path, event.error)
        elif isinstance(event, ShowEnded):
            self.ended.emit(event.show_id, event.orders, event.rehearsal)

    def _from_show(self, event: ShowEvent) -> None:
        """On the show's threads: a chat message taken or a question asked raises a flag (see the
        module's doc); every other event is queued to the GUI thread."""
        if isinstance(event, ChatTaken):
            self._chat_pending.set()
        elif isinstance(event, QuestionAsked):
            self._questions_pending.set()
        else:
            self._event.emit(event)

    def _signal_chat(self) -> None:
        if self._chat_pending.is_set():
            self._chat_pending.clear()
            self.chat_changed.emit()
        if self._questions_pending.is_set():
            self._questions_pending.clear()
            self.question_asked.emit()


class _Opened:
    def __init__(self, show: LiveShow) -> None:
        self.show = show


class _OpeningFailed:
    def __init__(self, reason: str) -> None:
        self.reason = reason
