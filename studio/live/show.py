"""The live show: one object owning a show from open to end, driven alike by `vitrina run`, the
window and remote control. It owns the sources by scene, the compositor (program, and preview
in studio mode), the one encoder, the destinations and the recording, the show director, the
chat floor and the mixer.

Every call returns within a few milliseconds: what takes longer (stopping a recording with its
remux, ending the show) runs on a task and ends as an event. Events come from any thread through
one subscription. Show actions (pin, flash sale, poll, giveaway, questions) are not here: they
are writes to the store, which the director follows."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from media.encoder import EncoderSettings
from media.output import Output
from media.outputs.recording import RecordingOutput, recording_path
from media.outputs.rtmp import RtmpOutput
from media.pipeline import Pipeline
from media.scene import Scene
from media.whip.output import WhipOutput
from media.worker import Task, Worker
from studio.analytics.viewer_poller import ViewerPoller
from studio.analytics.viewer_sources import make_viewer_source
from studio.chat.shop_floor import ShopFloor
from studio.commerce.cart_clerk import CartClerk
from studio.destinations import DestinationKind, ResolvedDestination
from studio.live.audio_controls import AudioControls, AudioInput
from studio.live.events import (
    AudioChanged,
    CartChanged,
    ChatTaken,
    LayerShown,
    OrderPlaced,
    PartChanged,
    PartRole,
    QuestionAsked,
    RecordingStarted,
    RecordingStopped,
    SceneChanged,
    SceneListChanged,
    ShowEnded,
    ShowEvent,
    ShowListener,
    ShowOpened,
)
from studio.live.rehearsal_store import copy_for_rehearsal
from studio.live.settings import ShowSettingError, ShowSettings
from studio.live.setup import add_audio, check_chat, find_stored_scene, make_overlays, make_sources, read_store
from studio.live.stats import PartHealth, ShowStats
from studio.paths import Paths
from studio.replies.cart_notices import notice_from_news
from studio.replies.reply_worker import ReplyWorker
from studio.replies.results import SendResult
from studio.replies.route_queue import Outgoing
from studio.replies.show_dispatch import send_from_show
from studio.run_options import RunOptionError, check_record_path
from studio.scenes import PRODUCT_CARD, StoredScene
from studio.secrets import twitch_token
from studio.show_director import ShowDirector
from studio.shows import end_show, pin_product, start_show
from studio.store import open_store, store_session
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP, Reasoned

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640  # the preview is composed at monitor size, never above the program's


class ShowError(Reasoned, RuntimeError):
    """A driver asked for something the show cannot do now: the message says why."""


class LiveShow:
    def __init__(self, paths: Paths, settings: ShowSettings) -> None:
        """Checks the settings and builds the parts; nothing runs until `open()`. A rehearsal
        copies the store first (SQLite's backup API): call this off the GUI thread."""
        check_chat(settings)
        self.settings = settings
        self.paths = copy_for_rehearsal(paths) if settings.rehearsal else paths
        view = read_store(self.paths, settings)
        self._view = view
        self._scenes = view.scenes
        self._program: StoredScene = view.scene
        self._preview: StoredScene | None = None
        self._overlays = make_overlays(settings, view)
        sources = make_sources(settings, view.scenes)
        encoder = EncoderSettings(settings.width, settings.height, settings.fps, settings.video_kbps,
                                  preset=settings.preset)
        self.pipeline = Pipeline(encoder, sources, view.scene.to_media(settings.width, settings.height),
                                 audio=settings.audio != "none", overlays=self._overlays)
        add_audio(self.pipeline, settings.audio, settings.audio_gain_db)
        self.audio = AudioControls(self.pipeline.mixer, on_change=self._audio_changed)
        self._listeners: list[ShowListener] = []
        self._lock = threading.Lock()
        self._destinations: dict[str, Output] = {}
        self._recording: RecordingOutput | None = None
        self._tasks: list[Task] = []
        self._director: ShowDirector | None = None
        self._chat: ShopFloor | None = None
        self._viewers: list[ViewerPoller] = []
        self._replies: ReplyWorker | None = None
        self._clerk: CartClerk | None = None
        self.show_id = 0
        self._opened_at: float | None = None
        self._on_air_since: float | None = None  # when the first of the destinations live now was added
        self._recording_since: float | None = None
        self._ended = threading.Event()
        self._ending = False

    # Events

    def subscribe(self, listener: ShowListener) -> None:
        """`listener` gets every event from now on, on the thread it happened on: keep it quick."""
        self._listeners.append(listener)

    def _emit(self, event: ShowEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a driver's bug must not stop the show
                log.exception("a show listener failed on %s", type(event).__name__)

    def _chat_taken(self, kind: str, message_id: int, order_id: int | None) -> None:
        self._emit(ChatTaken(kind, message_id, order_id))
        if order_id is not None:
            self._emit(OrderPlaced(order_id))
        if kind == "question":
            self._emit(QuestionAsked(message_id))

    def _send_reply(self, outgoing: Outgoing) -> SendResult:
        return send_from_show(self._chat, outgoing, self.settings.rehearsal)

    def _cart_changed(self, news: CartChanged) -> None:
        """On the cart clerk's thread, which read the shop's replies switch in the same look."""
        self._emit(news)
        replies, clerk = self._replies, self._clerk
        notice = notice_from_news(news) if replies is not None else None
        if replies is not None and notice is not None and clerk is not None and clerk.replies_on:
            replies.tell(notice)

    def _audio_changed(self, audio: AudioInput) -> None:
        self._emit(AudioChanged(audio.name, audio.muted, audio.gain_db))

    def _watch(self, worker: Worker | Output, role: PartRole) -> None:
        worker.watch(lambda name, health: self._emit(PartChanged(role, name, health)))

    # Open and end

    def open(self) -> int:
        """Starts the show: the program runs and can be watched, nothing is published. Returns its id."""
        self.show_id = self._start_in_store()
        self._director = ShowDirector(self.paths.database, self.show_id, self._overlays, self._shows_card(self._program))
        self._director.tick_once()  # the graphics are right from the first frame
        if self._view.pinned is not None and not self._shows_card(self._program):
            log.warning("the scene %s has no product card: --pin %s shows nothing", self._program.name,
                        self._view.pinned.code)
        for source in self.pipeline.sources.values():
            self._watch(source, PartRole.SOURCE)
        self._watch(self.pipeline.compositor, PartRole.COMPOSITOR)
        self._watch(self.pipeline.encoder, PartRole.ENCODER)
        for worker in self.pipeline.workers():
            if worker not in (*self.pipeline.sources.values(), self.pipeline.compositor, self.pipeline.encoder):
                self._watch(worker, PartRole.AUDIO)
        self._watch(self._director, PartRole.GRAPHICS)
        self.pipeline.start()
        self._director.start()
        self._clerk = CartClerk(self.paths.database, self.show_id, self._cart_changed)
        self._clerk.start()
        if self.settings.chat:
            self._replies = ReplyWorker(self._send_reply, self._view.locale)
            self._chat = ShopFloor(self.paths.database, self.show_id, list(self.settings.chat), twitch_token(),
                                   on_taken=self._chat_taken, on_notice=self._replies.tell)
            self._watch(self._chat, PartRole.CHAT)
            self._watch(self._replies, PartRole.CHAT)
            self._replies.start()
            self._chat.start()
        self._start_viewer_polls()
        self._opened_at = time.monotonic()
        self._emit(ShowOpened(self.show_id, self.settings.rehearsal))
        self._emit(SceneChanged(self._program.name, None))
        return self.show_id

    def _start_viewer_polls(self) -> None:
        """The platforms' live viewer counts, once a minute (the keyring is read here, on the opening thread)."""
        for spec in self._view.viewers:
            poller = ViewerPoller(self.paths.database, self.show_id, make_viewer_source(spec))
            self._watch(poller, PartRole.VIEWERS)
            self._viewers.append(poller)
            poller.start()

    def _start_in_store(self) -> int:
        db = open_store(self.paths)
        try:
            title = self.settings.title or ("rehearsal" if self.settings.rehearsal else "")
            show_id = start_show(db, title)
            if self._view.pinned is not None:
                pin_product(db, show_id, self._view.pinned.id)
            return show_id
        finally:
            db.conn.close()

    def end(self) -> None:
        """Ends the show on a task: destinations and recording finish, the store marks the end,
        then ShowEnded. Calling it again does nothing."""
        with self._lock:
            if self._ending:
                return
            self._ending = True
        self._run_task("show-end", self._end_now)

    def wait_until_ended(self, timeout: float | None = None) -> bool:
        return self._ended.wait(timeout)

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    def _end_now(self) -> None:
        orders = 0
        try:
            if self._replies is not None:  # first: its messages go through the chat's connections
                self._replies.stop()
            if self._chat is not None:
                self._chat.stop()
                orders = self._chat.orders
            if self._director is not None:
                self._director.stop()
            if self._clerk is not None:
                self._clerk.stop()
            for poller in self._viewers:
                poller.stop()
            recording = self._recording
            self.pipeline.stop()
            if recording is not None:
                self._emit(RecordingStopped(self._finished_path(recording), recording.health.reason))
            with store_session(self.paths) as db:
                end_show(db, self.show_id)
        finally:
            self._emit(ShowEnded(self.show_id, orders, self.settings.rehearsal))
            self._ended.set()

    def close(self, timeout: float = 60.0) -> None:
        """For a driver that is quitting: ends the show if it runs and waits for every task."""
        if self._opened_at is not None:
            self.end()
            self.wait_until_ended(timeout)
        for task in list(self._tasks):
            task.join(timeout)

    # Destinations

    def go_live(self, targets: Sequence[ResolvedDestination]) -> None:
        """Publishes to each target not already live; their states arrive as PartChanged events."""
        if self.settings.rehearsal:
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "a rehearsal publishes nothing: end it and open the show to go live"))
        self._require_open()
        for target in targets:
            if target.shown in self._destinations:
                continue
            if not self._destinations:
                self._on_air_since = time.monotonic()
            output = self._output_for(target)
            self._watch(output, PartRole.DESTINATION)
            self._destinations[target.shown] = output
            self.pipeline.add_output(output)

    def stop_destination(self, name: str) -> None:
        """Takes one destination off air (on a task: a connection takes a moment to close)."""
        output = self._destinations.pop(name, None)
        if not self._destinations:
            self._on_air_since = None
        if output is not None:
            self._run_task(f"stop-{name}", lambda: self.pipeline.remove_output(output))

    @property
    def live(self) -> bool:
        return bool(self._destinations)

    @property
    def live_destinations(self) -> tuple[str, ...]:
        """The names of the destinations published to now, as `stop_destination` takes them."""
        return tuple(self._destinations)

    def on_air_seconds(self) -> float:
        """How long the show has been published without a break (0 when it is not)."""
        since = self._on_air_since
        return time.monotonic() - since if since is not None else 0.0

    def recording_seconds(self) -> float:
        since = self._recording_since
        return time.monotonic() - since if since is not None else 0.0

    def _output_for(self, target: ResolvedDestination) -> Output:
        if target.kind is DestinationKind.RTMP:
            return RtmpOutput(target.publish_url, name=target.shown)
        return WhipOutput(target.publish_url, target.token, self.settings.video_kbps, name=target.shown)

    # Recording

    def start_recording(self, path: Path) -> None:
        """Records the program to `path` (.mkv, or .mp4 remuxed when it stops)."""
        self._require_open()
        try:
            check_record_path(str(path))
        except RunOptionError as error:
            raise ShowError(PASSED_ON, error) from error
        with self._lock:
            if self._recording is not None:
                raise ShowError(QT_TRANSLATE_NOOP("Refusals", "already recording to %1"), self._recording.requested)
            self._recording = RecordingOutput(path)
            self._recording_since = time.monotonic()
        self._watch(self._recording, PartRole.RECORDING)
        self.pipeline.add_output(self._recording)
        self._emit(RecordingStarted(path))

    def stop_recording(self) -> None:
        """Finishes the file on a task (the remux takes seconds on a long show); RecordingStopped follows."""
        with self._lock:
            recording, self._recording = self._recording, None
            self._recording_since = None
        if recording is None:
            return

        def finish() -> None:
            self.pipeline.remove_output(recording)
            self._emit(RecordingStopped(self._finished_path(recording), recording.health.reason))

        self._run_task("recording-stop", finish)

    @property
    def recording(self) -> Path | None:
        recording = self._recording
        return recording.requested if recording is not None else None

    @staticmethod
    def _finished_path(recording: RecordingOutput) -> Path:
        return recording.requested if recording.requested.exists() else recording_path(recording.requested)

    # Scenes

    def scene_names(self) -> list[str]:
        return [scene.name for scene in self._scenes]

    @property
    def program_scene(self) -> str:
        return self._program.name

    @property
    def preview_scene(self) -> str | None:
        return self._preview.name if self._preview is not None else None

    def reload_scenes(self, scenes: Sequence[StoredScene]) -> None:
        """The scenes as the store now has them (a driver that edited them reads them off its GUI thread)."""
        self._scenes = tuple(scenes)
        self._emit(SceneListChanged(tuple(scene.name for scene in self._scenes)))

    def scene(self, name: str) -> StoredScene:
        """The scene by name (any case), as this show has it; ShowError when there is none."""
        return self._scene(name)

    def set_layer_visible(self, scene_name: str, index: int, visible: bool) -> None:
        """Shows or hides one layer of a scene for this show (the store's scene stays as it is)."""
        scene = self._scene(scene_name)
        if not 0 <= index < len(scene.layers):
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "the scene %1 has no layer %2 (it has %3)"), scene.name, index + 1, len(scene.layers))
        layers = list(scene.layers)
        layers[index] = replace(layers[index], visible=visible)
        changed = replace(scene, layers=tuple(layers))
        self._scenes = tuple(changed if kept is scene else kept for kept in self._scenes)
        if self._program.name == scene.name:
            self._program = changed
            self.pipeline.compositor.set_scene(self._to_media(changed))
            self._director_shows(changed)
        if self._preview is not None and self._preview.name == scene.name:
            self._preview = changed
            self.pipeline.compositor.set_preview(self._to_media(changed), *self._preview_size())
        self._emit(LayerShown(changed.name, index, visible))

    def set_program_scene(self, name: str) -> None:
        scene = self._scene(name)
        self._program = scene
        self.pipeline.compositor.set_scene(self._to_media(scene))
        self._director_shows(scene)
        self._emit(SceneChanged(scene.name, self.preview_scene))

    def set_studio_mode(self, on: bool) -> None:
        """In studio mode the next scene is prepared in preview (the program's, to begin with)."""
        self._preview = self._program if on else None
        media = self._to_media(self._preview) if self._preview is not None else None
        self.pipeline.compositor.set_preview(media, *self._preview_size())
        self._emit(SceneChanged(self._program.name, self.preview_scene))

    @property
    def studio_mode(self) -> bool:
        return self._preview is not None

    def set_preview_scene(self, name: str) -> None:
        if self._preview is None:
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "turn studio mode on to prepare a scene in preview"))
        self._preview = self._scene(name)
        self.pipeline.compositor.set_preview(self._to_media(self._preview), *self._preview_size())
        self._emit(SceneChanged(self._program.name, self._preview.name))

    def cut(self) -> None:
        """Preview to program at once; the program goes to preview (as in OBS)."""
        self._transition(lambda: self.pipeline.compositor.cut())

    def fade(self, milliseconds: float) -> None:
        """Preview dissolves into program over `milliseconds`; the program goes to preview."""
        self._transition(lambda: self.pipeline.compositor.fade(milliseconds))

    def _transition(self, take: Callable[[], None]) -> None:
        if self._preview is None:
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "a transition takes the preview to program: turn studio mode on first"))
        self._program, self._preview = self._preview, self._program
        take()
        self._director_shows(self._program)
        self._emit(SceneChanged(self._program.name, self._preview.name))

    def _preview_size(self) -> tuple[int, int]:
        width = min(PREVIEW_WIDTH, self.settings.width)
        return width, max(2, round(width * self.settings.height / self.settings.width / 2) * 2)

    def _scene(self, name: str) -> StoredScene:
        try:
            return find_stored_scene(self._scenes, name)
        except ShowSettingError as error:
            raise ShowError(PASSED_ON, error) from error

    def _to_media(self, scene: StoredScene) -> Scene:
        return scene.to_media(self.settings.width, self.settings.height)

    def _director_shows(self, scene: StoredScene) -> None:
        if self._director is not None:
            self._director.show_card(self._shows_card(scene))

    @staticmethod
    def _shows_card(scene: StoredScene) -> bool:
        return PRODUCT_CARD in scene.overlays()

    # Stats

    def stats(self) -> ShowStats:
        pipeline = self.pipeline.stats()
        compositor, encoder = pipeline.compositor, pipeline.encoder
        recording = self._recording
        destinations = tuple(output.stats() for output in list(self._destinations.values()))
        running = time.monotonic() - self._opened_at if self._opened_at is not None else 0.0
        return ShowStats(self.show_id, self.settings.rehearsal, running, compositor.fps, compositor.rendered,
                         compositor.lagged, encoder.encoded, encoder.skipped, compositor.compose_ms, encoder.encode_ms,
                         destinations, recording.stats() if recording is not None else None, self._parts(),
                         self._chat_line())

    def _chat_line(self) -> str:
        if self._chat is None:
            return ""
        replies = self._replies.stats().text() if self._replies is not None else ""
        return " · ".join(part for part in (self._chat.status_line(), replies) if part)

    def _parts(self) -> tuple[PartHealth, ...]:
        parts: list[Worker] = [*self.pipeline.workers(), *((self._director,) if self._director else ())]
        found = [PartHealth(worker.part_name, worker.health) for worker in parts]
        found += [PartHealth(poller.part_name, poller.health) for poller in self._viewers]
        if self._replies is not None:
            found.append(PartHealth(self._replies.part_name, self._replies.health))
        if self._chat is not None:
            found.append(PartHealth(self._chat.part_name, self._chat.health))
            found += [PartHealth(status.label, status.health) for status in self._chat.connectors()
                      if status.health is not None]
        return tuple(found)

    # Tasks

    def _run_task(self, name: str, work: Callable[[], None]) -> None:
        task = Task(name, work)
        self._tasks = [kept for kept in self._tasks if kept.running] + [task]
        task.start()

    def _require_open(self) -> None:
        if self._opened_at is None or self._ending:
            raise ShowError(QT_TRANSLATE_NOOP("Refusals", "the show is not open"))
