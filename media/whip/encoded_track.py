"""The show's own H.264 as a WebRTC track: each packet from the one encoder goes to aiortc as
an `av.Packet`, which its sender packetises (`H264Encoder.pack`, the path aiortc's
`MediaPlayer(decode=False)` takes) without encoding it again.

A receiver must start at a keyframe: the track lets go of everything before its first
recv() (stale by then), asks the encoder for a keyframe and starts there. If aiortc falls
more than a second behind, the oldest packets go up to the next keyframe; when none is
queued, the track waits for one (and asks) rather than send a picture nobody can build."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import av
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from media.encoded_packet import EncodedPacket
from media.output import PacketQueue, RateMeter

MAX_BEHIND_SECONDS = 1.0


def av_packet(packet: EncodedPacket) -> av.Packet:
    """The packet as aiortc takes it: times on the encoder's 90 kHz clock, which is RTP's too."""
    converted = av.Packet(packet.data)
    converted.pts, converted.dts, converted.time_base = packet.pts, packet.dts, packet.time_base
    return converted


class EncodedVideoTrack(MediaStreamTrack):
    kind = "video"

    def __init__(self, request_keyframe: Callable[[], object], request_recovery: Callable[[], object]) -> None:
        """Made on the session's loop. `request_keyframe` is the encoder's for a destination
        starting; `request_recovery` its rate-limited one for a picture that broke."""
        super().__init__()
        self._session_loop = asyncio.get_running_loop()  # not `_loop`: the event emitter under aiortc has one
        self._arrived = asyncio.Event()
        self._queue: PacketQueue | None = None  # made on the first recv(): what came before is stale
        self._request_keyframe, self._request_recovery = request_keyframe, request_recovery
        self._dropped_seen = 0
        self._waiting_for_keyframe = True
        self.sent_frames = self.sent_bytes = 0
        self.rate = RateMeter()

    @property
    def dropped(self) -> int:
        return self._queue.dropped if self._queue is not None else 0

    def put(self, packet: EncodedPacket) -> None:
        """From the encoder's thread: video packets only, audio goes as Opus from the mixer."""
        queue = self._queue
        if queue is None or packet.kind != "video":
            return
        queue.put(packet)
        try:
            self._session_loop.call_soon_threadsafe(self._arrived.set)
        except RuntimeError:  # the session's loop has closed: the session is over
            pass

    async def recv(self) -> av.Packet:
        if self.readyState != "live":
            raise MediaStreamError
        if self._queue is None:
            self._queue = PacketQueue(max_seconds=MAX_BEHIND_SECONDS)
            self._request_keyframe()
        while (packet := self._next_decodable()) is None:
            self._arrived.clear()
            await self._arrived.wait()
        self.sent_frames += 1
        self.sent_bytes += len(packet.data)
        self.rate.add(len(packet.data))
        return av_packet(packet)

    def _next_decodable(self) -> EncodedPacket | None:
        assert self._queue is not None
        while (packet := self._queue.get(0)) is not None:
            if self._queue.dropped != self._dropped_seen:  # the queue let packets go: the picture restarts
                self._dropped_seen = self._queue.dropped
                if not packet.keyframe:
                    self._waiting_for_keyframe = True
                    self._request_recovery()
            if packet.keyframe:
                self._waiting_for_keyframe = False
            if not self._waiting_for_keyframe:
                return packet
        return None
