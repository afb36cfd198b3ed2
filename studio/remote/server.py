"""The remote-control server: obs-websocket 5 on its own asyncio loop thread (aiohttp), driving
one live show. Requests run on the request thread; the show's events, from whichever thread
they happen on, come to the loop and go to every session subscribed to them."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import threading

from aiohttp import web

from media.health import Health, PartState
from media.worker import Worker
from studio.live.events import OrderPlaced, QuestionAsked, ShowEvent
from studio.live.show import LiveShow
from studio.remote.authentication import Challenge
from studio.remote.codec import Encoding, encode
from studio.remote.connection import Connection
from studio.remote.dispatch import RequestDispatch
from studio.remote.event_translation import EventTranslation
from studio.remote.handshake import admit
from studio.remote.login_throttle import LoginThrottle
from studio.remote.messages import Event, event_message
from studio.remote.protocol import CloseCode, EventSubscription
from studio.remote.request_runner import RequestRunner
from studio.remote.requests.context import StreamTargets
from studio.remote.requests.outputs import saved_destinations
from studio.remote.session import Session
from studio.remote.settings import RemoteSettingError, RemoteSettings, websocket_url
from studio.remote.vendor_events import PinWatcher, order_event, question_event
from studio.remote.volume_meters import METER_SECONDS, volume_meters
from studio.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 256 * 1024  # a request is small; a larger message closes its connection (1009)
START_SECONDS = 10.0
FLUSH_SECONDS = 1.0  # on quitting, for ExitStarted and the answers still queued to go out


class RemoteServerError(RuntimeError):
    """The server could not start: the message says why (the port is taken, ...)."""


class RemoteServer(Worker):
    thread_name = "remote-control"

    def __init__(self, show: LiveShow, settings: RemoteSettings, password: str | None,
                 stream_targets: StreamTargets = saved_destinations) -> None:
        super().__init__()
        self._settings = settings.check()
        if settings.password_required and not password:
            raise RemoteSettingError(QT_TRANSLATE_NOOP("Refusals", "remote password: a password is required (or turn it off, on this machine only)"))
        self._show, self._password = show, password if settings.password_required else None
        self._stream_targets = stream_targets
        self._connections: set[Connection] = set()
        self._clients = 0
        self._throttle = LoginThrottle()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._listening = threading.Event()
        self.port = settings.port
        self._runner: RequestRunner | None = None
        self._dispatch: RequestDispatch | None = None
        self._translation = EventTranslation(show.program_scene, show.preview_scene)
        self._subscribed = False

    def __repr__(self) -> str:
        return f"RemoteServer({self._settings.host}:{self.port})"  # never the password

    @property
    def url(self) -> str:
        return websocket_url(self._settings.host, self.port)

    def client_count(self) -> int:
        """Identified clients now (what the window's status bar shows); from any thread."""
        return self._clients

    def start(self) -> None:
        """Listens before it returns (a few milliseconds); RemoteServerError when it cannot."""
        if self._show.show_id == 0:
            raise RemoteServerError("remote control drives an open show: open it first")
        pins = PinWatcher(self._show.show_id)
        self._runner = RequestRunner(self._show.paths.database, lambda db: self._publish_if(pins.check(db)))
        self._translation = EventTranslation(self._show.program_scene, self._show.preview_scene,
                                             {audio.name: audio for audio in self._show.audio.inputs()})
        self._dispatch = RequestDispatch(self._show, self._runner, self.publish, self._stream_targets)
        self._runner.start()
        self._listening.clear()
        super().start()
        self._listening.wait(START_SECONDS)
        if not self.running or self.health.failed:
            reason = self.health.reason or "it did not start in time"
            self.stop()
            raise RemoteServerError(f"remote control could not listen on {self._settings.host}:{self.port}: {reason}")
        if not self._subscribed:  # the show cannot unsubscribe: a restarted server keeps its one listener
            self._show.subscribe(self._on_show_event)
            self._subscribed = True

    def stop(self, timeout: float = 5.0) -> None:
        super().stop(timeout)
        if self._runner is not None:
            self._runner.stop(timeout)

    def publish(self, event: Event) -> None:
        """Sends `event` to every subscribed client; from any thread."""
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody to tell
                loop.call_soon_threadsafe(self._broadcast, event)

    def _publish_if(self, event: Event | None) -> None:
        if event is not None:
            self.publish(event)

    def _wake(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopped.set)

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop, self._stopped = asyncio.get_running_loop(), asyncio.Event()
        app = web.Application(client_max_size=MAX_MESSAGE_BYTES)
        app.router.add_get("/", self._accept)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self._settings.host, self.port, reuse_address=True)
            await site.start()
            self.port = runner.addresses[0][1]
        except OSError as error:
            self._fail(listen_failure(error, self.port))
            await runner.cleanup()
            self._listening.set()
            return
        self._set_health(Health(PartState.RUNNING))
        log.info("remote control listening on %s", self.url)
        self._listening.set()
        meters = asyncio.create_task(self._send_meters())
        try:
            await self._stopped.wait()
        finally:
            meters.cancel()
            self._broadcast(Event(EventSubscription.GENERAL, "ExitStarted"))
            await asyncio.gather(*(connection.close(CloseCode.GOING_AWAY, "Vitrina is quitting", FLUSH_SECONDS)
                                   for connection in list(self._connections)), return_exceptions=True)
            await runner.cleanup()
            self._loop = None

    async def _accept(self, request: web.Request) -> web.StreamResponse:
        admitted = admit(request, self._settings)
        if isinstance(admitted, web.Response):
            return admitted
        socket = web.WebSocketResponse(protocols=(admitted.value,), max_msg_size=MAX_MESSAGE_BYTES, compress=False)
        if not socket.can_prepare(request).ok:
            return web.Response(status=426, text="Vitrina remote control: connect with an obs-websocket 5 client\n")
        await socket.prepare(request)
        challenge = Challenge.for_password(self._password) if self._password is not None else None
        assert self._dispatch is not None
        session = Session(request.remote or "unknown", challenge, self._throttle, self._dispatch)
        connection = Connection(socket, admitted, session, on_identified=self._count_clients)
        self._connections.add(connection)
        try:
            await connection.serve()
        finally:
            self._connections.discard(connection)
            self._count_clients()
        return socket

    def _count_clients(self) -> None:
        self._clients = sum(1 for connection in self._connections if connection.session.identified)

    def _broadcast(self, event: Event) -> None:
        frames: dict[Encoding, str | bytes] = {}
        message = event_message(event)
        for connection in list(self._connections):
            if connection.session.wants(event.intent):
                if connection.encoding not in frames:
                    frames[connection.encoding] = encode(connection.encoding, message)
                connection.send_encoded(frames[connection.encoding])

    def _on_show_event(self, event: ShowEvent) -> None:
        """On the show's threads: store lookups go to the request thread, the rest to the loop."""
        if self._loop is None:
            return
        runner, show_id = self._runner, self._show.show_id
        if isinstance(event, OrderPlaced) and runner is not None:
            runner.submit(lambda db: self._publish_if(order_event(db, show_id, event.order_id)))
        elif isinstance(event, QuestionAsked) and runner is not None:
            runner.submit(lambda db: self._publish_if(question_event(db, show_id, event.message_id)))
        else:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._translate, event)

    def _translate(self, event: ShowEvent) -> None:
        for translated in self._translation.translate(event, self._show.live):
            self._broadcast(translated)

    async def _send_meters(self) -> None:
        """InputVolumeMeters every 50 ms, while a client asked for them (a high-volume event)."""
        while True:
            await asyncio.sleep(METER_SECONDS)
            if any(connection.session.wants(EventSubscription.INPUT_VOLUME_METERS) for connection in self._connections):
                self._broadcast(volume_meters(self._show.audio.inputs()))




def listen_failure(error: OSError, port: int) -> str:
    """Why the server could not listen, in plain words."""
    if error.errno == errno.EADDRINUSE:
        return f"port {port} is in use"
    return error.strerror or str(error)
