"""One WHIP session after another until the show ends: offer, answer, media, and on failure a
new offer after 2 s, then 1.5 times longer each time up to 60 s (the RTMP schedule), the old
resource DELETEd where it can be. A refused token or a missing endpoint is not retried.

Runs its own asyncio loop on its own thread; aiortc encodes in its executor threads."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import aiohttp
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCRtpSender, RTCSessionDescription

from media.audio.buffer import AudioBuffer
from media.frame import Frame
from media.backoff import retry_delay
from media.redact import redact_url
from media.whip.bitrate import set_video_bitrate
from media.whip.client import WhipError, WhipSession, delete_session, publish_offer
from media.whip.link_header import IceServer
from media.whip.tracks import AudioBufferTrack, LatestFrameTrack

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


class WhipPublisher:
    def __init__(self, endpoint: str, token: str | None, latest: Callable[[], Frame | None], audio: AudioBuffer | None,
                 width: int, height: int, fps: float, bitrate_kbps: int = 2500, answer_timeout: float = 10.0) -> None:
        self.endpoint, self._token = endpoint, token
        self.name = redact_url(endpoint)
        self._latest, self._audio = latest, audio
        self._size, self._fps, self._bitrate = (width, height), fps, bitrate_kbps
        self._answer_timeout = answer_timeout
        self.state = "connecting"
        self.sessions = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ice: tuple[IceServer, ...] = ()

    def start(self) -> None:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name=f"whip-{self.name}", daemon=True)
        self._thread.start()
        ready.wait(5)

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(15)
            self._thread = None
        self.state = "stopped"

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._stopping = asyncio.Event()
        ready.set()
        try:
            loop.run_until_complete(self._publish_until_stopped())
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    async def _publish_until_stopped(self) -> None:
        assert self._stopping is not None
        attempt = 0
        async with aiohttp.ClientSession() as http:
            while not self._stopping.is_set():
                try:
                    await self._one_session(http)
                    attempt = 0
                except WhipError as error:
                    log.warning("%s", error)
                    if error.permanent:
                        self.state = f"failed: {error}"
                        await self._stopping.wait()
                        return
                    self.state = f"failed: {error}"
                if self._stopping.is_set():
                    return
                attempt += 1
                delay = retry_delay(attempt)
                self.state = f"reconnecting (attempt {attempt}, next in {delay:.0f} s)"
                try:
                    await asyncio.wait_for(self._stopping.wait(), delay)
                except TimeoutError:
                    pass

    async def _one_session(self, http: aiohttp.ClientSession) -> None:
        assert self._stopping is not None
        self.state = "connecting"
        set_video_bitrate(self._bitrate * 1000)
        servers = [RTCIceServer(urls=server.url, username=server.username, credential=server.credential)
                   for server in self._ice]
        peer = RTCPeerConnection(RTCConfiguration(iceServers=servers or None))
        ended = asyncio.Event()
        session: WhipSession | None = None

        @peer.on("connectionstatechange")
        def changed() -> None:
            if peer.connectionState == "connected":
                self.state = "live"
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
            await _first_of(ended.wait(), self._stopping.wait())
            if not self._stopping.is_set():
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
