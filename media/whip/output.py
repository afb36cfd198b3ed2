"""WHIP behind the studio's one Output interface. It takes no encoded packets: aiortc encodes
the program's latest frame itself (measured: see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from collections.abc import Callable

from media.audio.buffer import AudioBuffer
from media.encoded_packet import EncodedPacket, StreamFormat
from media.frame import Frame
from media.health import Health, PartState
from media.output import Output, OutputStats
from media.redact import redact_url
from media.whip.link_header import IceServer
from media.whip.publisher import WhipPublisher
from media.worker import HealthListener


class WhipOutput(Output):
    wants_frames = True

    def __init__(self, endpoint: str, token: str | None, bitrate_kbps: int = 2500, name: str | None = None,
                 ice_servers: tuple[IceServer, ...] = ()) -> None:
        self._endpoint, self._token, self._bitrate = endpoint, token, bitrate_kbps
        self.name = name or redact_url(endpoint)
        self._ice_servers = ice_servers
        self._publisher: WhipPublisher | None = None
        self._listeners: list[HealthListener] = []

    def attach(self, latest: Callable[[], Frame | None], audio: AudioBuffer | None) -> None:
        """The pipeline hands over the program's latest frame and a tap of the mixer."""
        self._latest, self._audio = latest, audio

    def start(self, stream: StreamFormat) -> None:
        self._publisher = WhipPublisher(self._endpoint, self._token, self._latest, self._audio,
                                        stream.width, stream.height, stream.fps, self._bitrate,
                                        ice_servers=self._ice_servers)
        for listener in self._listeners:
            self._publisher.watch(lambda _part, health, listener=listener: listener(self.name, health))
        self._publisher.start()

    def watch(self, listener: HealthListener) -> None:
        """Calls `listener` with this destination's name and health on every change."""
        self._listeners.append(listener)

    def offer(self, packet: EncodedPacket) -> None:
        pass

    def stop(self) -> None:
        if self._publisher is not None:
            self._publisher.stop()

    def stats(self) -> OutputStats:
        publisher = self._publisher
        health = publisher.health if publisher else Health(PartState.IDLE)
        return OutputStats(self.name, health, publisher.sessions if publisher else 0, 0, 0, 0.0)
