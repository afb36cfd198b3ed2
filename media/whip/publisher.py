"""One WHIP session after another until the show ends: offer, answer, media, and on failure a
new offer on the one reconnect schedule (media/backoff.py), the old resource DELETEd where it
can be. A refused token or a missing endpoint is not retried. ICE servers are only those the
endpoint's Link headers (RFC 9725) or the destination name: a local-first studio contacts no
host the user did not name.

With the show's encoder, the video is the encoder's own H.264 packets (media/whip/video_path.py
says when it cannot be, and the health then says "own encode"); a receiver's picture loss asks
that encoder for a keyframe, the bitrate the receiver asks for is kept for the stats and said
when it is less than the show sends. Without it, or on an endpoint that takes no such H.264,
aiortc encodes the program's latest frame in its executor threads. Audio is always Opus from
a tap of the mixer. Runs its own asyncio loop on its own thread."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import aiohttp
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCRtpTransceiver,
    RTCSessionDescription,
)

from media.audio.buffer import AudioBuffer
from media.backoff import retry_delay
from media.encoded_packet import EncodedPacket
from media.encoder import Encoder
from media.frame import Frame
from media.frame_rate import FrameRate
from media.health import Health, PartState, retrying
from media.redact import redact_text, redact_url
from media.whip.bitrate import set_video_bitrate
from media.whip.client import WhipError, WhipSession, delete_session, publish_offer
from media.whip.encoded_track import EncodedVideoTrack
from media.whip.feedback import Feedback, observe_rtcp
from media.whip.link_header import IceServer
from media.whip.tracks import AudioBufferTrack, LatestFrameTrack
from media.whip.video_path import VideoPath, declare_h264, path_for, video_preferences
from media.worker import Worker

log = logging.getLogger(__name__)

ENDED_STATES = ("failed", "closed", "disconnected")
ASKS_FOR_LESS = 0.9  # a receiver asking for under 90% of what the video sends is said in the status


def ice_configuration(servers: tuple[IceServer, ...]) -> RTCConfiguration:
    """The STUN/TURN servers the endpoint's Link headers or the destination name, and none
    otherwise: aiortc's own fallback is a public STUN server the user never named."""
    return RTCConfiguration(iceServers=[RTCIceServer(urls=server.url, username=server.username,
                                                     credential=server.credential) for server in servers])


class WhipPublisher(Worker):
    def __init__(self, endpoint: str, token: str | None, latest: Callable[[], Frame | None], audio: AudioBuffer | None,
                 width: int, height: int, fps: FrameRate, bitrate_kbps: int = 2500, answer_timeout: float = 10.0,
                 ice_servers: tuple[IceServer, ...] = (), encoder: Encoder | None = None) -> None:
        """With `encoder`, the video is its packets, handed in through `offer`."""
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
        self._encoder = encoder
        self.feedback = Feedback()
        self.video_path: VideoPath | None = None  # the last session's, once its answer came
        self._video_note = ""  # why the video is not the show's encode, for the status
        self._encoded: EncodedVideoTrack | None = None  # the live session's, fed by `offer`
        self._connected = False

    @property
    def part_name(self) -> str:
        return self.name

    @property
    def state(self) -> str:
        """The health in words, for a status line."""
        return self.health.text()

    @property
    def encoded_track(self) -> EncodedVideoTrack | None:
        return self._encoded

    def offer(self, packet: EncodedPacket) -> None:
        """A packet from the show's encoder (its thread): to the live session, if it sends them."""
        track = self._encoded
        if track is not None:
            track.put(packet)

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
            self._connected = peer.connectionState == "connected"
            if self._connected:
                self._set_health(self._live_health())
            elif peer.connectionState in ENDED_STATES:
                ended.set()

        try:
            video = self._add_transceivers(peer)
            offer = await peer.createOffer()
            if self._encoder is not None:
                offer = RTCSessionDescription(declare_h264(offer.sdp, self._encoder.settings.profile_level_id), "offer")
            await peer.setLocalDescription(offer)  # aiortc gathers ICE here: no trickle
            session = await publish_offer(http, self.endpoint, self._token, peer.localDescription.sdp,
                                          self._answer_timeout)
            self._ice = session.ice_servers or self._ice
            await peer.setRemoteDescription(RTCSessionDescription(session.answer_sdp, "answer"))
            video.sender.replaceTrack(self._video_track(video))  # before DTLS is up, so before any is sent
            self.sessions += 1
            await _first_of(ended.wait(), self._stop_event.wait())
            if not self._stop_event.is_set():
                log.warning("%s: the connection %s", self.name, peer.connectionState)
        finally:
            self._encoded, self._connected = None, False
            await peer.close()
            if session is not None:
                await delete_session(http, session.resource_url, self._token)

    def _add_transceivers(self, peer: RTCPeerConnection) -> RTCRtpTransceiver:
        """The video's track waits for the answer (which decides it); audio is Opus from the tap."""
        video = peer.addTransceiver("video", direction="sendonly")
        video.setCodecPreferences(video_preferences())
        observe_rtcp(video.sender, self._picture_lost, self._bitrate_asked)
        if self._audio is not None:
            peer.addTransceiver(AudioBufferTrack(self._audio), direction="sendonly")
        return video

    def _video_track(self, video: RTCRtpTransceiver) -> MediaStreamTrack:
        negotiated = video._codecs[0]  # what aiortc's sender will send: the answer's first codec we offered
        path = path_for(negotiated) if self._encoder is not None else VideoPath.OWN
        self.video_path = path
        if path is VideoPath.SHARED and self._encoder is not None:
            self._video_note = ""
            self._encoded = EncodedVideoTrack(self._encoder.request_keyframe, self._encoder.request_recovery_keyframe)
            return self._encoded
        if self._encoder is not None:
            self._video_note = f"own encode: the endpoint takes {negotiated.name}, not the show's H.264"
            log.info("%s: %s", self.name, self._video_note)
        return LatestFrameTrack(self._latest, self._fps, *self._size)

    def _picture_lost(self) -> None:
        """A PLI or FIR: the shared encoder's keyframe (at most one a second); on its own
        encode, aiortc forces one itself."""
        self.feedback.picture_losses += 1
        if self._encoded is not None and self._encoder is not None and self._encoder.request_recovery_keyframe():
            self.feedback.keyframes_granted += 1

    def _bitrate_asked(self, bits_per_second: int) -> None:
        self.feedback.requested_bps = bits_per_second
        if self._connected:
            self._set_health(self._live_health())  # said only when it changes

    def _asks_for_less(self) -> bool:
        """On the shared packets, whether the receiver asks for less than they run at over the
        last second (an encode of its own follows the figure aiortc's encoder is pinned to)."""
        asked, track = self.feedback.requested_bps, self._encoded
        return asked is not None and track is not None and asked < ASKS_FOR_LESS * track.rate.kbps() * 1000

    def _live_health(self) -> Health:
        notes = [self._video_note] if self._video_note else []
        if self._asks_for_less():
            notes.append("the receiver asks for a lower bitrate than the show sends, "
                         "which one encode for every destination cannot give it")
        return Health(PartState.LIVE, "; ".join(notes))


async def _first_of(*waits) -> None:
    tasks = [asyncio.ensure_future(wait) for wait in waits]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
