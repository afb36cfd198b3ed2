"""One WHIP session after another until the show ends: offer, answer, media, and on failure a
new offer on the one reconnect schedule (media/backoff.py), the old resource DELETEd where it
can be. A refused token or a missing endpoint is not retried. ICE servers are only those the
endpoint's Link headers (RFC 9725) or the destination name: a local-first studio contacts no
host the user did not name.

Runs its own asyncio loop on its own thread; aiortc encodes in its executor threads."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import aiohttp
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCRtpSender, RTCSessionDescription

from media.audio.buffer import AudioBuffer
from media.backoff import retry_delay
from media.frame import Frame
from media.frame_rate import FrameRate
from media.health import Health, PartState, retrying
from media.redact import redact_text, redact_url
from media.whip.bitrate import set_video_bitrate
from media.whip.client import WhipError, WhipSession, delete_session, publish_offer
from media.whip.link_header import IceServer
from media.whip.tracks import AudioBufferTrack, LatestFrameTrack
from media.worker import Worker

log = logging.getLogger(__name__)

ENDED_STATES = ("failed", "closed", "disconnected")


def video_preferences() -> list:
    """H.264 constrained baseline with packetization-mode=1 first (what most WHIP servers
    take), then VP8; aiortc would otherwise prefer VP8."""
    codecs = RTCRtpSender.getCapabilities("video").codecs
    h264 = [codec for codec in codecs if codec.mimeType == "video/H264"
            and codec.parameters.get("packetization-mode") == "1"
            and str(codec.parameters.get("profile-level-id", "")).startswith("42e0")]
    vp8 = [codec for codec in codecs if codec.mimeType == "video/VP8"]
    rtx = [codec for codec in codecs if codec.mimeType == "video/rtx"]
    return h264 + vp8 + rtx


def ice_configuration(servers: tuple[IceServer, ...]) -> RTCConfiguration:
    """The STUN/TURN servers the endpoint's Link headers or the destination name, and none
    otherwise: aiortc's own fallback is a public STUN server the user never named."""
    return RTCConfiguration(iceServers=[RTCIceServer(urls=server.url, username=server.username,
                                                     credential=server.credential) for server in servers])


class WhipPublisher(Worker):
    def __init__(self, endpoint: str, token: str | None, latest: Callable[[], Frame | None], audio: AudioBuffer | None,
                 width: int, height: int, fps: FrameRate, bitrate_kbps: int = 2500, answer_timeout: float = 10.0,
                 ice_servers: tuple[IceServer, ...] = ()) -> None:
        super().__init__()
        self.endpoint, self._token = endpoint, token
        self.name = redact_url(endpoint)
        self.thread_name = f"whip-{self.name}"
        self._latest, self._audio = latest, audio
        self._size, self._fps, self._bitrate = (width, height), fps, bitrate_kbps
        self._answer_timeout = answer_timeout
        self.sessions = 0
        self._loop_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._ice = ice_servers  # the destination's own, until the endpoint names some

    @property
    def part_name(self) -> str:
        return self.name

    @property
    def state(self) -> str:
        """The health in words, for a status line."""
        return self.health.text()

    def stop(self, timeout: float = 15.0) -> None:
        super().stop(timeout)

    def _wake(self) -> None:
        with self._loop_lock:
            loop, event = self._loop, self._stop_event
        if loop is not None and event is not None:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # the loop has closed: the thread is ending anyway
                pass

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        with self._loop_lock:
            self._loop, self._stop_event = loop, asyncio.Event()
        try:
            if not self._should_stop():
                loop.run_until_complete(self._publish_until_stopped())
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            with self._loop_lock:
                self._loop = None
            loop.close()

    async def _publish_until_stopped(self) -> None:
        stopping = self._stop_event
        assert stopping is not None
        attempt = 0
        async with aiohttp.ClientSession() as http:
            while not stopping.is_set():
                reason = await self._session_or_reason(http)
                if reason is None:
                    attempt = 0
                    reason = "the connection ended"
                if stopping.is_set() or self.health.failed:
                    return
                attempt += 1
                delay = retry_delay(attempt)
                self._set_health(retrying(reason, attempt, delay))
                try:
                    await asyncio.wait_for(stopping.wait(), delay)
                except TimeoutError:
                    pass

    async def _session_or_reason(self, http: aiohttp.ClientSession) -> str | None:
        """One session; why it failed, or None when it ran and ended. A permanent refusal
        (a bad token, no such endpoint) leaves the publisher failed until the show ends."""
        assert self._stop_event is not None
        try:
            await self._one_session(http)
            return None
        except WhipError as error:
            log.warning("%s", error)
            if error.permanent:
                self._fail(str(error))
                await self._stop_event.wait()
            return str(error)
        except Exception as error:  # an aiortc or SDP error: said, and tried again like a network one
            log.exception("%s: the WebRTC session failed", self.name)
            return redact_text(f"{type(error).__name__}: {error}", self.endpoint)

    async def _one_session(self, http: aiohttp.ClientSession) -> None:
        assert self._stop_event is not None
        self._set_health(Health(PartState.CONNECTING, attempt=self.health.attempt))
        set_video_bitrate(self._bitrate * 1000)
        peer = RTCPeerConnection(ice_configuration(self._ice))
        ended = asyncio.Event()
        session: WhipSession | None = None

        @peer.on("connectionstatechange")
        def changed() -> None:
            if peer.connectionState == "connected":
                self._set_health(Health(PartState.LIVE))
            elif peer.connectionState in ENDED_STATES:
                ended.set()

        try:
            self._add_tracks(peer)
            await peer.setLocalDescription(await peer.createOffer())  # aiortc gathers ICE here: no trickle
            session = await publish_offer(http, self.endpoint, self._token, peer.localDescription.sdp,
                                          self._answer_timeout)
            self._ice = session.ice_servers or self._ice
            await peer.setRemoteDescription(RTCSessionDescription(session.answer_sdp, "answer"))
            self.sessions += 1
            await _first_of(ended.wait(), self._stop_event.wait())
            if not self._stop_event.is_set():
                log.warning("%s: the connection %s", self.name, peer.connectionState)
        finally:
            await peer.close()
            if session is not None:
                await delete_session(http, session.resource_url, self._token)

    def _add_tracks(self, peer: RTCPeerConnection) -> None:
        video = peer.addTransceiver(LatestFrameTrack(self._latest, self._fps, *self._size), direction="sendonly")
        video.setCodecPreferences(video_preferences())
        if self._audio is not None:
            peer.addTransceiver(AudioBufferTrack(self._audio), direction="sendonly")


async def _first_of(*waits) -> None:
    tasks = [asyncio.ensure_future(wait) for wait in waits]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
