"""WHIP behind the studio's one Output interface. It takes no encoded packets: aiortc encodes
the program's latest frame itself (measured: see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from collections.abc import Callable

from media.audio.buffer import AudioBuffer
from media.encoded_packet import EncodedPacket, StreamFormat
from media.frame import Frame
from media.output import Output, OutputStats
from media.whip.publisher import WhipPublisher


class WhipOutput(Output):
    wants_frames = True

    def __init__(self, endpoint: str, token: str | None, bitrate_kbps: int = 2500) -> None:
        self._endpoint, self._token, self._bitrate = endpoint, token, bitrate_kbps
        self._publisher: WhipPublisher | None = None

    def attach(self, latest: Callable[[], Frame | None], audio: AudioBuffer | None) -> None:
        """The pipeline hands over the program's latest frame and a tap of the mixer."""
        self._latest, self._audio = latest, audio

    def start(self, stream: StreamFormat) -> None:
        self._publisher = WhipPublisher(self._endpoint, self._token, self._latest, self._audio,
                                        stream.width, stream.height, stream.fps, self._bitrate)
        self._publisher.start()

    def offer(self, packet: EncodedPacket) -> None:
        pass

    def stop(self) -> None:
        if self._publisher is not None:
            self._publisher.stop()

    def stats(self) -> OutputStats:
        publisher = self._publisher
        state = publisher.state if publisher else "stopped"
        name = publisher.name if publisher else "whip"
        return OutputStats(name, state, publisher.sessions if publisher else 0, 0, 0, 0.0)
