"""WHIP behind the studio's one Output interface. The video is the show's own encoder's
packets, like every other destination's (one x264 encode whatever the number of outputs);
the program's latest frame and a tap of the mixer are attached too, for the Opus audio and
for an endpoint that takes no H.264 the shared encoder makes (then aiortc encodes, and the
status says so). See docs/ARCHITECTURE.md for what each path costs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from media.audio.buffer import AudioBuffer
from media.encoded_packet import EncodedPacket, StreamFormat
from media.encoder import Encoder
from media.frame import Frame
from media.health import Health, PartState
from media.output import Output, OutputStats
from media.redact import redact_url
from media.whip.link_header import IceServer
from media.whip.publisher import WhipPublisher
from media.whip.video_path import VideoPath
from media.worker import HealthListener


@dataclass(frozen=True)
class WhipStats(OutputStats):
    video_path: VideoPath | None  # None until a session's answer decided it
    requested_kbps: float | None  # what the receiver last asked for (REMB); None before it did
    picture_losses: int  # PLI and FIR from the receiver
    keyframes_granted: int  # of those, the ones the shared encoder answered (at most one a second)


class WhipOutput(Output):
    wants_frames = True  # the pipeline attaches the latest frame, a tap of the mixer and the encoder

    def __init__(self, endpoint: str, token: str | None, bitrate_kbps: int = 2500, name: str | None = None,
                 ice_servers: tuple[IceServer, ...] = (), own_encode: bool = False) -> None:
        """`own_encode` has aiortc encode for this destination alone (at `bitrate_kbps`), as
        every WHIP destination did before the show's packets were shared: for measuring."""
        self._endpoint, self._token, self._bitrate = endpoint, token, bitrate_kbps
        self.name = name or redact_url(endpoint)
        self._ice_servers = ice_servers
        self._own_encode = own_encode
        self._publisher: WhipPublisher | None = None
        self._listeners: list[HealthListener] = []
        self._latest: Callable[[], Frame | None] = lambda: None
        self._audio: AudioBuffer | None = None
        self._encoder: Encoder | None = None

    @property
    def takes_packets(self) -> bool:
        """Whether the shared encoder must run for this destination."""
        return not self._own_encode

    def attach(self, latest: Callable[[], Frame | None], audio: AudioBuffer | None, encoder: Encoder | None = None) -> None:
        """The pipeline hands over the program's latest frame, a tap of the mixer and its encoder."""
        self._latest, self._audio, self._encoder = latest, audio, encoder

    def start(self, stream: StreamFormat) -> None:
        self._publisher = WhipPublisher(self._endpoint, self._token, self._latest, self._audio,
                                        stream.width, stream.height, stream.fps, self._bitrate,
                                        ice_servers=self._ice_servers,
                                        encoder=None if self._own_encode else self._encoder)
        for listener in self._listeners:
            self._publisher.watch(self._named(listener))
        self._publisher.start()

    def watch(self, listener: HealthListener) -> None:
        """Calls `listener` with this destination's name and health on every change."""
        self._listeners.append(listener)

    def offer(self, packet: EncodedPacket) -> None:
        if self._publisher is not None:
            self._publisher.offer(packet)

    def stop(self) -> None:
        if self._publisher is not None:
            self._publisher.stop()

    def stats(self) -> WhipStats:
        publisher = self._publisher
        if publisher is None:
            return WhipStats(self.name, Health(PartState.IDLE), 0, 0, 0, 0.0, None, None, 0, 0)
        track, feedback = publisher.encoded_track, publisher.feedback
        asked = feedback.requested_bps
        return WhipStats(self.name, publisher.health, track.sent_frames if track else 0, track.sent_bytes if track else 0,
                         track.dropped if track else 0, track.rate.kbps() if track else 0.0, publisher.video_path,
                         asked / 1000 if asked is not None else None, feedback.picture_losses, feedback.keyframes_granted)

    def _named(self, listener: HealthListener) -> HealthListener:
        return lambda _part, health: listener(self.name, health)
