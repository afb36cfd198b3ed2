"""A WHIP endpoint for the tests (a pytest plugin): aiohttp and aiortc on 127.0.0.1, on a loop
of its own. It checks the bearer token, answers 201 with a relative Location and a Link
header, receives the tracks, decodes the video and keeps what it saw. Like a real receiver it
can report picture loss (RTCP PLI), ask for a bitrate (REMB) or take VP8 only."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import pytest
from aiohttp import web
from aiortc import RTCPeerConnection, RTCRtpReceiver, RTCSessionDescription, sdp
from aiortc.mediastreams import MediaStreamError
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, pack_remb_fci

from media.sources.test_pattern import marker_step

TOKEN = "whip-secret-token"


@dataclass
class Seen:
    sessions: int = 0
    video_codecs: list[str] = field(default_factory=list)
    video_frames: int = 0
    audio_frames: int = 0
    steps: list[int | None] = field(default_factory=list)
    last_image: np.ndarray | None = None
    deleted: list[str] = field(default_factory=list)
    refused: int = 0
    bytes_per_session: list[int] = field(default_factory=list)
    offered_h264: list[str] = field(default_factory=list)  # each offer's H.264 profile-level-ids
    first_frames: list[tuple[int, bool]] = field(default_factory=list)  # per session: (pts, keyframe) decoded first
    keyframes_at: list[float] = field(default_factory=list)  # time.monotonic() each keyframe was decoded
    frames_at: list[float] = field(default_factory=list)  # time.monotonic() each video frame was decoded


class WhipEndpoint:
    def __init__(self, omit_location: bool = False, on_video=None, vp8_only: bool = False,
                 remb_kbps: int | None = None) -> None:
        """`vp8_only` answers as an endpoint that takes no H.264; `remb_kbps` replaces the
        receiver's own bitrate estimate with that figure, sent every 100 ms."""
        self.seen = Seen()
        self.on_video = on_video  # called with each decoded BGR image (benchmarks read stamps)
        self.omit_location = omit_location
        self.vp8_only, self.remb_kbps = vp8_only, remb_kbps
        self._video_receivers: list[tuple[RTCRtpReceiver, int]] = []  # with the SSRC its RTCP goes out as
        self._peers: dict[str, RTCPeerConnection] = {}
        self._consumers: list[asyncio.Future] = []
        self._ids = itertools.count(1)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="whip-endpoint")
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/whip/endpoint"

    def start(self, port: int = 0) -> WhipEndpoint:
        self.port = port
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(20)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(20)

    def send_pli(self) -> float:
        """Reports picture loss on every video stream received; returns when it was sent (time.monotonic())."""
        return asyncio.run_coroutine_threadsafe(self._send_pli(), self._loop).result(10)

    async def _send_pli(self) -> float:
        sent = time.monotonic()
        for receiver, _ in self._video_receivers:
            for source in receiver.getSynchronizationSources():
                await receiver._send_rtcp_pli(source.source)
        return sent

    async def _send_remb(self) -> None:
        while True:
            for receiver, own_ssrc in self._video_receivers:
                sources = [source.source for source in receiver.getSynchronizationSources()]
                if sources:
                    fci = pack_remb_fci(self.remb_kbps * 1000, sources)
                    await receiver._send_rtcp(RtcpPsfbPacket(fmt=RTCP_PSFB_APP, ssrc=own_ssrc, media_ssrc=0, fci=fci))
            await asyncio.sleep(0.1)

    def video_packets_received(self) -> int:
        """RTP packets of video received (aiortc's inbound-rtp statistics carry no byte count;
        packets of at most ~1,200 bytes grow with the bitrate)."""
        return asyncio.run_coroutine_threadsafe(self._video_packets(), self._loop).result(10)

    async def _video_packets(self) -> int:
        total = 0
        for peer in list(self._peers.values()):
            for report in (await peer.getStats()).values():
                if report.type == "inbound-rtp" and getattr(report, "kind", "") == "video":
                    total += report.packetsReceived
        return total

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/whip/endpoint", self._post)
        app.router.add_delete("/whip/resource/{id}", self._delete)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _shutdown(self) -> None:
        for peer in list(self._peers.values()):
            await peer.close()
        self._peers.clear()
        for consumer in self._consumers:
            consumer.cancel()
        await asyncio.gather(*self._consumers, return_exceptions=True)
        await self._runner.cleanup()

    async def _post(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            self.seen.refused += 1
            return web.Response(status=401, text="bad token")
        if request.content_type != "application/sdp":
            return web.Response(status=415, text="SDP only")
        peer = RTCPeerConnection()
        session_id = str(next(self._ids))
        self._peers[session_id] = peer
        self.seen.sessions += 1

        @peer.on("track")
        def on_track(track) -> None:
            self._consumers.append(asyncio.ensure_future(self._consume(track)))

        offer = sdp.SessionDescription.parse(await request.text())
        self._keep_offered(offer)
        await peer.setRemoteDescription(RTCSessionDescription(str(offer), "offer"))
        await peer.setLocalDescription(await peer.createAnswer())
        for transceiver in peer.getTransceivers():
            if transceiver.kind == "video" and transceiver._codecs:
                self.seen.video_codecs.append(transceiver._codecs[0].mimeType)
                self._listen_to(transceiver)
        headers = {"Content-Type": "application/sdp",
                   "Link": '<stun:127.0.0.1:3478>; rel="ice-server"'}
        if not self.omit_location:
            headers["Location"] = f"resource/{session_id}"  # relative: resolved against the endpoint URL
        return web.Response(status=201, text=peer.localDescription.sdp, headers=headers)

    def _keep_offered(self, offer: sdp.SessionDescription) -> None:
        """Notes the H.264 offered; as a VP8-only endpoint, takes the rest out of the offer."""
        for media in offer.media:
            if media.kind != "video":
                continue
            self.seen.offered_h264 += [str(codec.parameters.get("profile-level-id")) for codec in media.rtp.codecs
                                       if codec.mimeType.lower() == "video/h264"]
            if self.vp8_only:
                kept = [codec for codec in media.rtp.codecs if codec.mimeType.lower() == "video/vp8"]
                media.rtp.codecs = kept
                media.fmt = [codec.payloadType for codec in kept]

    def _listen_to(self, transceiver) -> None:
        self._video_receivers.append((transceiver.receiver, transceiver.sender._ssrc))
        if self.remb_kbps is not None:
            # The receiver's own estimate would overwrite the figure asked for: this receiver has none.
            transceiver.receiver._RTCRtpReceiver__remote_bitrate_estimator = None
            self._consumers.append(asyncio.ensure_future(self._send_remb()))

    async def _delete(self, request: web.Request) -> web.Response:
        session_id = request.match_info["id"]
        peer = self._peers.pop(session_id, None)
        if peer is None:
            return web.Response(status=404)
        self.seen.deleted.append(session_id)
        await peer.close()
        return web.Response(status=200)

    async def _consume(self, track) -> None:
        first = True
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    self._note_video(frame, first)
                    first = False
                    image = frame.to_ndarray(format="bgr24")
                    if self.on_video is not None:
                        self.on_video(image)
                    self.seen.video_frames += 1
                    self.seen.steps.append(marker_step(image))
                    self.seen.last_image = image
                else:
                    self.seen.audio_frames += 1
        except (MediaStreamError, asyncio.CancelledError):
            return

    def _note_video(self, frame, first: bool) -> None:
        """pts is the RTP time since the session's first frame arrived: 0 for a decoder that
        could start at the very first frame it was sent."""
        moment = time.monotonic()
        self.seen.frames_at.append(moment)
        if frame.key_frame:
            self.seen.keyframes_at.append(moment)
        if first:
            self.seen.first_frames.append((frame.pts, bool(frame.key_frame)))


@pytest.fixture
def whip_endpoint() -> Iterator:
    started: list[WhipEndpoint] = []

    def start(port: int = 0, omit_location: bool = False, **options) -> WhipEndpoint:
        endpoint = WhipEndpoint(omit_location, **options).start(port)
        started.append(endpoint)
        return endpoint

    yield start
    for endpoint in started:
        if endpoint._thread.is_alive():
            endpoint.stop()
